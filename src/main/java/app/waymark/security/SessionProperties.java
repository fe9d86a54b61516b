package app.waymark.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * A staff session ends {@code absoluteLifetime} after its sign-in, however active it has been, and {@code idleTimeout}
 * after the last request its person made.
 */
@ConfigurationProperties("waymark.session")
record SessionProperties(Duration absoluteLifetime, Duration idleTimeout) {
}
