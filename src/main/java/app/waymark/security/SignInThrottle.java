package app.waymark.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Counts failed sign-ins per account and per client address in the database, so every app node agrees. */
@Component
class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, SignInProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** When the account or the address is blocked, the time the block ends. */
    Optional<Instant> blockedUntil(String email, String address) {
        Instant now = clock.instant();
        List<Timestamp> blocks = jdbc.queryForList("""
                select blocked_until from sign_in_throttle
                where throttle_key in (?, ?) and blocked_until > ?
                order by blocked_until desc""", Timestamp.class,
                accountKey(email), addressKey(address), Timestamp.from(now));
        return blocks.stream().findFirst().map(Timestamp::toInstant);
    }

    void recordFailure(String email, String address) {
        record(accountKey(email), properties.maxFailures());
        record(addressKey(address), properties.maxFailuresPerAddress());
    }

    void recordSuccess(String email) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", accountKey(email));
    }

    private void record(String key, int limit) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(properties.window()));
        jdbc.update("""
                insert into sign_in_throttle as t (throttle_key, failures, window_started_at, blocked_until)
                values (?, 1, ?, case when 1 >= ? then ?::timestamptz end)
                on conflict (throttle_key) do update set
                    failures = case when t.window_started_at < ? then 1 else t.failures + 1 end,
                    window_started_at = case when t.window_started_at < ? then excluded.window_started_at
                                             else t.window_started_at end,
                    blocked_until = case
                        when (case when t.window_started_at < ? then 1 else t.failures + 1 end) >= ?
                        then ?::timestamptz else t.blocked_until end""",
                key, Timestamp.from(now), limit, Timestamp.from(now.plus(properties.block())),
                windowStart, windowStart, windowStart, limit, Timestamp.from(now.plus(properties.block())));
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
