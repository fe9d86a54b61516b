package app.waymark.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** How many unknown link tokens a client (IPv6 by /64) may open in {@code window} before its lookups stop. */
@ConfigurationProperties("waymark.link-guesses")
record LinkGuessProperties(int perClient, Duration window) {

    LinkGuessProperties {
        perClient = perClient <= 0 ? 20 : perClient;
        window = window == null ? Duration.ofHours(1) : window;
    }
}
