package app.waymark.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts requests per key in a fixed window, in the database (every node agrees) and atomically: the count is taken
 * and raised in one statement, so requests racing each other cannot all slip under the limit.
 */
@Component
class RequestCounter {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RequestCounter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts this request; true while the key has made at most {@code limit} requests in the window. */
    boolean allow(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(window));
        Integer count = jdbc.queryForObject("""
                insert into sign_in_throttle as t (throttle_key, failures, window_started_at, blocked_until)
                values (?, 1, ?, null)
                on conflict (throttle_key) do update set
                    failures = case when t.window_started_at < ? then 1 else t.failures + 1 end,
                    window_started_at = case when t.window_started_at < ? then excluded.window_started_at
                                             else t.window_started_at end
                returning failures""", Integer.class, key, Timestamp.from(now), windowStart, windowStart);
        return count != null && count <= limit;
    }

    /** How many requests the key has made in the window, without counting this look. */
    int count(String key, Duration window) {
        Timestamp windowStart = Timestamp.from(clock.instant().minus(window));
        Integer count = jdbc.query("""
                select case when window_started_at < ? then 0 else failures end
                from sign_in_throttle where throttle_key = ?""",
                rs -> rs.next() ? rs.getInt(1) : 0, windowStart, key);
        return count == null ? 0 : count;
    }
}
