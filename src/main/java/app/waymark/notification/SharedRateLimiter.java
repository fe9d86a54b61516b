package app.waymark.notification;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A requests-per-second limit shared by every app node through the database (function
 * {@code reserve_rate_limit_slot}): each call reserves the next free slot, slots are spaced evenly, and the caller
 * waits for its slot. So no second ever holds more requests than the limit, however many nodes and threads send.
 * <p>
 * Two things keep what the provider sees under the limit too: slots are spaced for 10% under the limit (requests
 * do not arrive exactly when they leave), and a caller that wakes too late for its slot (a busy machine, a pause)
 * gives the slot up and reserves a new one rather than sending in a bunch with the next slots.
 */
final class SharedRateLimiter {

    static final double SAFETY_FACTOR = 0.9;
    private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

    private final JdbcTemplate jdbc;
    private final String limiter;
    private final int slotsPerSecond;

    SharedRateLimiter(JdbcTemplate jdbc, String limiter, int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("A rate limit must allow at least one request per second");
        }
        this.jdbc = jdbc;
        this.limiter = limiter;
        this.slotsPerSecond = Math.max(1, (int) Math.floor(perSecond * SAFETY_FACTOR));
    }

    void awaitSlot() {
        while (true) {
            long wait = reserve();
            long slotAt = System.nanoTime() + wait;
            long remaining;
            while ((remaining = slotAt - System.nanoTime()) > 0) {
                LockSupport.parkNanos(remaining);
            }
            if (-remaining <= LATE_NANOS) {
                return;
            }
        }
    }

    /** Nanoseconds from now to the reserved slot. */
    private long reserve() {
        Double waitMillis = jdbc.queryForObject("select reserve_rate_limit_slot(?, ?)", Double.class, limiter,
                slotsPerSecond);
        return TimeUnit.MICROSECONDS.toNanos(Math.round(waitMillis * 1000));
    }
}
