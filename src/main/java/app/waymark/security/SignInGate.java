package app.waymark.security;

import app.waymark.security.SignInRefusedException.Reason;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets only a few sign-ins on a node check their password at once; the others queue for up to {@code wait}, then
 * are refused as busy. A password check is deliberately slow (bcrypt): two hundred people signing in at once on two
 * cores held the CPU long enough for the load balancer's health check to time out, and the node was taken out with
 * everyone's sessions. Queued sign-ins have not yet been counted by the {@link SignInThrottle}, so a burst from one
 * college address no longer fills the address's allowance with sign-ins still in flight.
 */
class SignInGate {

    private final Semaphore checks;
    private final Duration wait;

    SignInGate(int concurrentChecks, Duration wait) {
        if (concurrentChecks < 1) {
            throw new IllegalArgumentException("waymark.sign-in.concurrent-checks must be at least 1, not "
                    + concurrentChecks);
        }
        this.checks = new Semaphore(concurrentChecks, true);
        this.wait = wait;
    }

    /** Half the node's processors, at least one: the rest stay free for the pages of people already signed in. */
    static int defaultConcurrentChecks() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** Runs the sign-in once a check may start; refused as {@link Reason#BUSY} when none could start in time. */
    <T> T pass(Supplier<T> signIn) {
        if (!acquire()) {
            throw new SignInRefusedException(Reason.BUSY);
        }
        try {
            return signIn.get();
        } finally {
            checks.release();
        }
    }

    private boolean acquire() {
        try {
            return checks.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
