package app.waymark.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Links learners follow from messages (survey, unsubscribe) start with this installation's public address,
 * {@code waymark.public-base-url}. Read when a link is made, not at start-up, so that a default built from the
 * HTTP port (known only once the server runs) is right.
 */
@Component
public class PublicLinks {

    private final Environment environment;

    PublicLinks(Environment environment) {
        this.environment = environment;
    }

    public String baseUrl() {
        String base = environment.getRequiredProperty("waymark.public-base-url");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String link(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }
}
