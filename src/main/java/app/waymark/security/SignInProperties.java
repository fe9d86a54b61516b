package app.waymark.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Throttling of failed sign-ins: after {@code maxFailures} within {@code window} an account is blocked for
 * {@code block}; a client address gets {@code maxFailuresPerAddress} (higher: colleges share addresses).
 */
@ConfigurationProperties("waymark.sign-in")
record SignInProperties(int maxFailures, Duration window, Duration block, int maxFailuresPerAddress) {
}
