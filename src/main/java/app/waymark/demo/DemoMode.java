package app.waymark.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The demo is on with the embedded database or the demo profile ({@code waymark.demo.seed}), and never under
 * {@code prod}, which refuses to start with either (ProductionSettings). As a condition it keeps demo beans out of
 * production altogether.
 */
final class DemoMode implements Condition {

    static boolean on(Environment environment) {
        boolean wanted = environment.getProperty("waymark.demo.seed", Boolean.class, false)
                || environment.getProperty("waymark.db.embedded", Boolean.class, false);
        return wanted && !environment.acceptsProfiles(Profiles.of("prod"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return on(context.getEnvironment());
    }
}
