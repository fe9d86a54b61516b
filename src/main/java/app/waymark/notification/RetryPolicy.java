package app.waymark.notification;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again after a temporary failure: exponential backoff (first delay doubled per attempt, capped) with
 * "equal jitter" (half the delay fixed, half random), so messages that failed together during an outage do not all
 * return at the same instant, yet each waits at least half its step.
 */
final class RetryPolicy {

    private final int maxAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;

    RetryPolicy(NotificationProperties.Retry retry) {
        this.maxAttempts = retry.maxAttempts();
        this.firstDelay = retry.firstDelay();
        this.maxDelay = retry.maxDelay();
    }

    boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The upper bound of the wait after the given number of failed attempts (1 = after the first failure). */
    Duration ceilingAfter(int attemptsMade) {
        int doublings = Math.min(Math.max(attemptsMade - 1, 0), 30);
        long millis = firstDelay.toMillis() << doublings;
        return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
    }

    Duration delayAfter(int attemptsMade) {
        long ceiling = ceilingAfter(attemptsMade).toMillis();
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
