package app.waymark.base.production;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Under the {@code prod} profile the portal fails closed: it refuses to start, before anything else happens (no
 * embedded database, no demo data), when a setting production depends on is missing or a development-only setting is
 * on. Each refusal names the setting and what to do (decision 0022). Runs just before {@code EmbeddedDatabaseStarter}.
 */
public class ProductionSettings implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "prod";
    static final String DELIVERY = "waymark.delivery";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new ProductionSettingMissingException(problems);
        }
    }

    /** What keeps a production start from being safe, in the order an operator would fix it; empty when nothing. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (blank(environment, "waymark.db.url")) {
            problems.add("WAYMARK_DB_URL is not set: production needs its own PostgreSQL (the embedded one is for"
                    + " development only)");
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))
                || environment.getProperty("waymark.demo.seed", Boolean.class, false)) {
            problems.add("demo data is switched on (the demo profile or waymark.demo.seed): its users and API tokens"
                    + " have published passwords; remove the demo profile from SPRING_PROFILES_ACTIVE");
        }
        String delivery = environment.getProperty(DELIVERY, "").trim();
        if (!delivery.isEmpty() && !delivery.equalsIgnoreCase("log") && !delivery.equalsIgnoreCase("providers")) {
            problems.add("WAYMARK_DELIVERY is \"" + delivery + "\": use providers (the default) or log");
        } else if (!delivery.equalsIgnoreCase("log")) {
            if (blank(environment, "spring.mail.host")) {
                problems.add("SPRING_MAIL_HOST is not set: learners and staff would get no email (set an SMTP"
                        + " server, or WAYMARK_DELIVERY=log to let emails go to the log, reaching nobody)");
            }
            if (blank(environment, "waymark.notification.sms.api-key")
                    || blank(environment, "waymark.notification.sms.api-secret")) {
                problems.add("WAYMARK_VONAGE_API_KEY and WAYMARK_VONAGE_API_SECRET are not both set: learners"
                        + " would get no SMS (set the Vonage account, or WAYMARK_DELIVERY=log to let SMS go to the"
                        + " log, reaching nobody)");
            }
        }
        return problems;
    }

    private static boolean blank(Environment environment, String property) {
        return !StringUtils.hasText(environment.getProperty(property));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
