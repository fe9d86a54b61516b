package app.waymark.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Limits sign-in attempts per account and per client address (IPv6 by its /64), in the database so every app node
 * agrees. An attempt is counted before its password is checked, in one statement per key, so parallel guesses
 * cannot all pass a check made before any of them was counted: of any number of attempts at once, at most the
 * limit reach the password check. A success gives back what it took (the account's count is cleared and the
 * address's lowered), so only failures add up. Attempts refused over the limit are not added beyond it: they check no
 * password and give nothing back, so, added up, a burst of people signing in at once from one college address kept it
 * refused for the whole window after everyone in it had signed in.
 */
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

    /**
     * Counts the attempt against the account, then (only if the account may still be tried) against the address;
     * true when the password may be checked. Attempts refused for the account check no password, so they do not
     * use up the address's allowance, which a whole college may share; counting them there also let a parallel
     * burst at one account push one of its first few attempts over the address limit.
     */
    boolean tryAttempt(String email, String address) {
        return count(accountKey(email), properties.maxFailures())
                && count(addressKey(address), properties.maxFailuresPerAddress());
    }

    /** The attempt succeeded: it no longer counts against the account or the address. */
    void recordSuccess(String email, String address) {
        recordSuccess(email);
        jdbc.update("update sign_in_throttle set failures = greatest(failures - 1, 0) where throttle_key = ?",
                addressKey(address));
    }

    /** The account's failures are forgotten (a success, or a password reset). */
    void recordSuccess(String email) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", accountKey(email));
    }

    /**
     * Raises the key's count in its window and says whether it is still within {@code limit}. Reaching the limit
     * blocks the key for the block time; a new window starts only once the old one and any block are over.
     */
    private boolean count(String key, int limit) {
        Instant now = clock.instant();
        Timestamp nowAt = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(properties.window()));
        Timestamp blockEnd = Timestamp.from(now.plus(properties.block()));
        Integer count = jdbc.queryForObject("""
                insert into sign_in_throttle as t (throttle_key, failures, window_started_at, blocked_until)
                values (?, 1, ?, case when 1 >= ? then ?::timestamptz end)
                on conflict (throttle_key) do update set
                    failures = case when t.window_started_at < ? and coalesce(t.blocked_until <= ?, true) then 1
                                    else least(t.failures + 1, ? + 1) end,
                    window_started_at = case when t.window_started_at < ? and coalesce(t.blocked_until <= ?, true)
                                             then excluded.window_started_at else t.window_started_at end,
                    blocked_until = case
                        when t.window_started_at < ? and coalesce(t.blocked_until <= ?, true)
                            then case when 1 >= ? then ?::timestamptz end
                        when t.failures + 1 = ? then ?::timestamptz
                        else t.blocked_until end
                returning failures""", Integer.class,
                key, nowAt, limit, blockEnd,
                windowStart, nowAt, limit, windowStart, nowAt,
                windowStart, nowAt, limit, blockEnd, limit, blockEnd);
        return count != null && count <= limit;
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + ClientAddresses.limitKey(address);
    }
}
