package app.waymark.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many learner portal sign-in codes one client (IPv6 by /64) may ask for in {@code window}, whatever the address.
 */
@ConfigurationProperties("waymark.portal.code-requests")
record CodeRequestProperties(int perClient, Duration window) {

    CodeRequestProperties {
        perClient = perClient <= 0 ? 30 : perClient;
        window = window == null ? Duration.ofHours(1) : window;
    }
}
