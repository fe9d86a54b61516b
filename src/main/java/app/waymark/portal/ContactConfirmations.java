package app.waymark.portal;

import app.waymark.base.EmailAddresses;
import app.waymark.base.InvalidInputException;
import app.waymark.base.MobileNumbers;
import app.waymark.base.SecretTokens;
import app.waymark.base.TimeOrderedIds;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.learner.LearnerContactPoints;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Confirms that a new email address or UK mobile a signed-in learner gives is theirs, before their change of contact
 * details is raised: a 6-digit code sent to it through the outbox, in the provider's wording
 * ({@link MessageKind#CONTACT_CONFIRMATION_CODE}). A code works once, for {@link #VALID_FOR}, and for at most
 * {@link #WRONG_TRIES} wrong tries; an address gets at most {@link #SENDS_PER_HOUR} codes an hour (in one provider),
 * and a new code ends the earlier ones for that learner and address. Only hashes are stored (decision 0034). The
 * caller runs in the learner's provider and has established who the learner is.
 */
@Service
public class ContactConfirmations {

    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    public static final int SENDS_PER_HOUR = 3;
    public static final int WRONG_TRIES = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Channel { EMAIL, SMS }

    /** What became of asking for a code. */
    public sealed interface Sending {
    }

    /** The code is on its way; the caller keeps {@code codeId} to check what the learner types. */
    public record Sent(UUID codeId, Instant expiresAt) implements Sending {
    }

    /** The address has had {@link #SENDS_PER_HOUR} codes in the last hour; nothing was sent. */
    public record TooManyCodes() implements Sending {
    }

    public enum Result {
        CONFIRMED,
        /** Not the code; {@link Check#triesLeft()} says how many more tries this code takes. */
        WRONG,
        EXPIRED,
        /** The code has had {@link #WRONG_TRIES} wrong tries and works no more. */
        TOO_MANY_WRONG,
        /** The code has already confirmed the address once. */
        USED
    }

    public record Check(Result result, int triesLeft) {
    }

    private final JdbcTemplate jdbc;
    private final BrandedMessages messages;
    private final LearnerContactPoints contactPoints;
    private final Clock clock;

    ContactConfirmations(JdbcTemplate jdbc, BrandedMessages messages, LearnerContactPoints contactPoints,
                         Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.contactPoints = contactPoints;
        this.clock = clock;
    }

    /**
     * Sends a new code to {@code address} (an email address, or a UK mobile number in any usual form) for the
     * learner, unless the address has had too many codes in the last hour.
     */
    @Transactional
    public Sending send(UUID learnerId, Channel channel, String address) {
        String recipient = recipient(channel, address);
        byte[] recipientHash = SecretTokens.sha256(channel + ":" + recipient.toLowerCase(Locale.ROOT));
        // One sender at a time per address, so two pages asking at once cannot both pass the limit.
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 19))", Object.class,
                HexFormat.of().formatHex(recipientHash));
        Instant now = now();
        Integer recent = jdbc.queryForObject("""
                select count(*) from contact_confirmation_code where recipient_hash = ? and created_at > ?""",
                Integer.class, recipientHash, Timestamp.from(now.minus(Duration.ofHours(1))));
        if (recent != null && recent >= SENDS_PER_HOUR) {
            return new TooManyCodes();
        }
        String givenNames = contactPoints.of(learnerId)
                .orElseThrow(() -> new InvalidInputException("learner", "No such learner")).givenNames();
        jdbc.update("""
                update contact_confirmation_code set expires_at = ?
                where learner_id = ? and recipient_hash = ? and used_at is null and expires_at > ?""",
                Timestamp.from(now), learnerId, recipientHash, Timestamp.from(now));
        UUID id = TimeOrderedIds.next();
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        Instant expiresAt = now.plus(VALID_FOR);
        jdbc.update("""
                insert into contact_confirmation_code (tenant_id, id, learner_id, channel, recipient_hash, code_hash,
                                                       created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", CurrentTenant.idOrNone(), id, learnerId, channel.name(),
                recipientHash, codeHash(id, code), Timestamp.from(now), Timestamp.from(expiresAt));
        Map<String, String> values = Map.of(
                "learner.firstName", givenNames == null ? "" : givenNames,
                "confirmation.code", code,
                "confirmation.expiresInMinutes", Long.toString(VALID_FOR.toMinutes()));
        String purpose = "contact-confirmation:" + id;
        if (channel == Channel.EMAIL) {
            messages.queueEmail(MessageKind.CONTACT_CONFIRMATION_CODE, purpose, recipient, values);
        } else {
            messages.queueSms(MessageKind.CONTACT_CONFIRMATION_CODE, purpose, recipient, values);
        }
        return new Sent(id, expiresAt);
    }

    /**
     * Whether {@code code} is the one sent as {@code codeId} to this learner and address. A right code is used up in
     * the same statement that checks it, so it confirms once however many pages try it at the same moment.
     */
    @Transactional
    public Check confirm(UUID codeId, UUID learnerId, Channel channel, String address, String code) {
        String recipient = recipient(channel, address);
        byte[] recipientHash = SecretTokens.sha256(channel + ":" + recipient.toLowerCase(Locale.ROOT));
        Instant now = now();
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "");
        int confirmed = jdbc.update("""
                update contact_confirmation_code set used_at = ?
                where id = ? and learner_id = ? and recipient_hash = ? and code_hash = ? and used_at is null
                  and expires_at > ? and wrong_tries < ?""", Timestamp.from(now), codeId, learnerId,
                recipientHash, codeHash(codeId, typed), Timestamp.from(now), WRONG_TRIES);
        if (confirmed == 1) {
            return new Check(Result.CONFIRMED, 0);
        }
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select used_at, expires_at, wrong_tries from contact_confirmation_code
                where id = ? and learner_id = ? and recipient_hash = ? for update""", codeId, learnerId,
                recipientHash);
        if (rows.isEmpty()) {
            return new Check(Result.WRONG, 0);
        }
        Map<String, Object> row = rows.getFirst();
        int wrongTries = ((Number) row.get("wrong_tries")).intValue();
        if (row.get("used_at") != null) {
            return new Check(Result.USED, 0);
        }
        if (!((Timestamp) row.get("expires_at")).toInstant().isAfter(now)) {
            return new Check(Result.EXPIRED, 0);
        }
        if (wrongTries >= WRONG_TRIES) {
            return new Check(Result.TOO_MANY_WRONG, 0);
        }
        jdbc.update("update contact_confirmation_code set wrong_tries = wrong_tries + 1 where id = ?", codeId);
        int left = WRONG_TRIES - wrongTries - 1;
        return left == 0 ? new Check(Result.TOO_MANY_WRONG, 0) : new Check(Result.WRONG, left);
    }

    /** In the database's precision, so what is compared in Java and in SQL is the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The address as messages go to it: the email as typed (trimmed), the mobile in E.164. */
    private static String recipient(Channel channel, String address) {
        String given = address == null ? "" : address.strip();
        if (channel == Channel.EMAIL) {
            if (!EmailAddresses.isPlausible(given)) {
                throw new InvalidInputException("email", "Enter an email address in the correct format, like"
                        + " name@example.com");
            }
            return given;
        }
        return MobileNumbers.ukMobileE164(given).orElseThrow(() -> new InvalidInputException("mobile",
                "Enter a UK mobile number, like 07700 900 982"));
    }

    /** Salted with the code's id, so equal codes never share a hash. */
    private static byte[] codeHash(UUID codeId, String code) {
        return SecretTokens.sha256(codeId + ":" + code);
    }
}
