package app.waymark.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Throttling of failed sign-ins: after {@code maxFailures} within {@code window} an account is blocked for
 * {@code block}; a client address gets {@code maxFailuresPerAddress} (higher: colleges share addresses).
 * At most {@code concurrentChecks} sign-ins check a password at once on a node (unset: half its processors), the
 * others waiting up to {@code checkWait} ({@link SignInGate}).
 */
@ConfigurationProperties("waymark.sign-in")
record SignInProperties(int maxFailures, Duration window, Duration block, int maxFailuresPerAddress,
                        Integer concurrentChecks, Duration checkWait) {

    SignInGate gate() {
        return new SignInGate(concurrentChecks == null ? SignInGate.defaultConcurrentChecks() : concurrentChecks,
                checkWait);
    }
}
