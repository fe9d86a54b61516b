package app.waymark.portal;

import app.waymark.base.PublicLinks;
import app.waymark.base.SecretTokens;
import app.waymark.base.TimeOrderedIds;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.learner.LearnerSelfService;
import app.waymark.security.CodeRequestThrottle;
import app.waymark.tenant.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signing in to a provider's learner portal with a one-time code (decision 0033). Asking for a code answers at once
 * and the same way for every address: finding the learner and sending happen afterwards on another thread, and that
 * work stores a code for an address nobody holds too (sending nothing), so that limits, wrong codes and expiry behave
 * alike for both. A code has 6 digits, works once, for {@code waymark.portal.code-validity} (10 minutes) and 5 tries;
 * an address gets at most 3 codes an hour from one provider, and a client at most
 * {@code waymark.portal.code-requests.per-client} whatever the addresses; only its newest code works. The email also
 * carries a link that signs in once, under the same rules.
 */
@Service
public class LearnerSignIn {

    /** What became of a code the learner typed. */
    public sealed interface CodeCheck {
        record SignedIn(UUID learnerId) implements CodeCheck {
        }

        /** Not the code: the learner may try again while tries are left. */
        record Wrong() implements CodeCheck {
        }

        /** That was the last try, or tries were used up before: the code is dead, a new one is needed. */
        record TooManyTries() implements CodeCheck {
        }

        /** Expired, used already, replaced by a newer code, or never asked for: a new one is needed. */
        record NoLongerValid() implements CodeCheck {
        }
    }

    static final int MAX_TRIES = 5;
    static final int SENDS_PER_HOUR = 3;
    static final Duration SEND_WINDOW = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(LearnerSignIn.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NEWEST_OF_RECIPIENT = """
            (select n.id from learner_sign_in_code n where n.recipient_hash = c.recipient_hash
             order by n.created_at desc, n.id desc limit 1)""";

    private final LearnerSelfService learners;
    private final CodeRequestThrottle throttle;
    private final BrandedMessages messages;
    private final PublicLinks links;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Duration codeValidity;

    LearnerSignIn(LearnerSelfService learners, CodeRequestThrottle throttle, BrandedMessages messages,
                  PublicLinks links, JdbcTemplate jdbc,
                  PlatformTransactionManager transactionManager,
                  @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock,
                  @Value("${waymark.portal.code-validity:10m}") Duration codeValidity) {
        this.learners = learners;
        this.throttle = throttle;
        this.messages = messages;
        this.links = links;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.executor = executor;
        this.clock = clock;
        this.codeValidity = codeValidity;
    }

    public Duration codeValidity() {
        return codeValidity;
    }

    /**
     * Takes a learner's request for a code; returns at once, before anything is looked up. The code, if the provider
     * holds the address for one active learner and the address is within its limit, follows shortly. False, and
     * nothing sent, when the client has asked for too many codes lately (the answer is the same for every address).
     */
    public boolean request(UUID tenantId, String providerSlug, SignInRecipient recipient, String clientAddress) {
        if (!throttle.allow(clientAddress)) {
            log.info("Learner sign-in code refused: the client has asked for more than {} codes lately",
                    throttle.perClient());
            return false;
        }
        executor.execute(() -> {
            try {
                send(tenantId, providerSlug, recipient);
            } catch (RuntimeException e) {
                log.error("A learner's sign-in code could not be queued", e);
            }
        });
        return true;
    }

    /**
     * The work behind a request, in the provider: within the address's limit, a new code (the newest is the one that
     * works) and, when exactly one active learner holds the address, the message with it. Public so that tests and
     * the demo can run it on their own thread; a page calls {@link #request} instead.
     */
    public void send(UUID tenantId, String providerSlug, SignInRecipient recipient) {
        byte[] recipientHash = recipient.hash();
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            // One request of an address at a time, so that racing requests cannot all slip under the limit.
            jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, lockKey(tenantId, recipientHash));
            Integer recent = jdbc.queryForObject("""
                    select count(*) from learner_sign_in_code where recipient_hash = ? and created_at > ?""",
                    Integer.class, recipientHash, Timestamp.from(now.minus(SEND_WINDOW)));
            if (recent != null && recent >= SENDS_PER_HOUR) {
                log.info("Learner sign-in code not sent: the address has had {} codes in the last hour", recent);
                return;
            }
            Optional<LearnerSelfService.SignInMatch> learner = recipient.channel() == SignInRecipient.Channel.EMAIL
                    ? learners.soleActiveLearnerWithEmail(recipient.address())
                    : learners.soleActiveLearnerWithMobile(recipient.address());
            UUID id = TimeOrderedIds.next();
            String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            String token = SecretTokens.random();
            jdbc.update("""
                    insert into learner_sign_in_code (tenant_id, id, recipient_hash, channel, learner_id, code_salt,
                        code_hash, link_hash, created_at, expires_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    tenantId, id, recipientHash, recipient.channel().name(),
                    learner.map(LearnerSelfService.SignInMatch::learnerId).orElse(null), salt, codeHash(salt, code),
                    SecretTokens.sha256(token), Timestamp.from(now), Timestamp.from(now.plus(codeValidity)));
            learner.ifPresent(match -> queueMessage(id, recipient, match, code,
                    links.link("/me/" + providerSlug + "/link/" + token)));
        }));
    }

    private void queueMessage(UUID codeId, SignInRecipient recipient, LearnerSelfService.SignInMatch learner,
                              String code, String link) {
        Map<String, String> values = Map.of(
                "learner.firstName", firstName(learner.givenNames()),
                "signIn.code", code,
                "signIn.expiresInMinutes", Long.toString(codeValidity.toMinutes()),
                "signIn.link", link);
        String purpose = "sign-in-code:" + codeId;
        if (recipient.channel() == SignInRecipient.Channel.EMAIL) {
            messages.queueEmail(MessageKind.SIGN_IN_CODE, purpose, recipient.address(), values);
        } else {
            messages.queueSms(MessageKind.SIGN_IN_CODE, purpose, recipient.address(), values);
        }
    }

    /**
     * Checks a code typed for this address, in one statement: the try is counted and, when the code is right, the
     * code used, so that of two people typing the right code at once exactly one signs in.
     */
    public CodeCheck enterCode(UUID tenantId, SignInRecipient recipient, String code) {
        byte[] recipientHash = recipient.hash();
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
            Instant now = clock.instant();
            List<Map<String, Object>> tried = jdbc.queryForList("""
                    update learner_sign_in_code c
                       set attempts = c.attempts + 1,
                           used_at = case when c.learner_id is not null
                                           and c.code_hash = sha256(c.code_salt || convert_to(?, 'UTF8'))
                                          then ?::timestamptz end
                     where c.recipient_hash = ? and c.id = %s
                       and c.used_at is null and c.expires_at > ? and c.attempts < ?
                    returning c.used_at is not null as signed_in, c.learner_id, c.attempts"""
                            .formatted(NEWEST_OF_RECIPIENT),
                    code, Timestamp.from(now), recipientHash, Timestamp.from(now), MAX_TRIES);
            if (tried.isEmpty()) {
                return deadCode(recipientHash, now);
            }
            Map<String, Object> row = tried.getFirst();
            if (Boolean.TRUE.equals(row.get("signed_in"))) {
                return new CodeCheck.SignedIn((UUID) row.get("learner_id"));
            }
            return ((Number) row.get("attempts")).intValue() >= MAX_TRIES ? new CodeCheck.TooManyTries()
                    : new CodeCheck.Wrong();
        }));
    }

    /** Why no try was counted: the newest code's tries were used up, or it is otherwise no longer valid. */
    private CodeCheck deadCode(byte[] recipientHash, Instant now) {
        List<Integer> attempts = jdbc.queryForList("""
                select c.attempts from learner_sign_in_code c where c.recipient_hash = ? and c.id = %s
                   and c.used_at is null and c.expires_at > ?""".formatted(NEWEST_OF_RECIPIENT), Integer.class,
                recipientHash, Timestamp.from(now));
        return !attempts.isEmpty() && attempts.getFirst() >= MAX_TRIES ? new CodeCheck.TooManyTries()
                : new CodeCheck.NoLongerValid();
    }

    /**
     * Uses the link of an emailed code: the learner it signs in, once, while the code itself would still work (the
     * newest of its address, unused, not expired, tries left).
     */
    public Optional<UUID> openLink(UUID tenantId, String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
            Instant now = clock.instant();
            return jdbc.queryForList("""
                    update learner_sign_in_code c set used_at = ?
                     where c.link_hash = ? and c.learner_id is not null and c.id = %s
                       and c.used_at is null and c.expires_at > ? and c.attempts < ?
                    returning c.learner_id""".formatted(NEWEST_OF_RECIPIENT), UUID.class,
                    Timestamp.from(now), SecretTokens.sha256(token), Timestamp.from(now), MAX_TRIES)
                    .stream().findFirst();
        }));
    }

    static byte[] codeHash(byte[] salt, String code) {
        byte[] digits = code.getBytes(StandardCharsets.UTF_8);
        return SecretTokens.sha256(ByteBuffer.allocate(salt.length + digits.length).put(salt).put(digits).array());
    }

    private static long lockKey(UUID tenantId, byte[] recipientHash) {
        return ByteBuffer.wrap(SecretTokens.sha256(tenantId + ":" + HexFormat.of().formatHex(recipientHash)))
                .getLong();
    }

    private static String firstName(String givenNames) {
        if (givenNames == null || givenNames.isBlank()) {
            return "there";
        }
        return givenNames.strip().split("\\s+")[0];
    }
}
