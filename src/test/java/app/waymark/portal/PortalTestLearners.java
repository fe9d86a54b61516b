package app.waymark.portal;

import app.waymark.MailedLinks;
import app.waymark.TestMailServer;
import app.waymark.VonageStub;
import app.waymark.base.MobileNumbers;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tenant.TenantContext;
import com.vaadin.flow.server.VaadinSession;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * Demo learners of Riverside for the portal tests, and the learner's side of a Vaadin session in Karibu tests: a
 * signed-in learner is put in the session as {@link LearnerSessions#signIn} leaves it (Karibu has no HTTP session to
 * give a new id). Browser journeys sign in through the sign-in pages instead.
 */
public final class PortalTestLearners {

    public static final String SLUG = "riverside";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public PortalTestLearners(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public UUID riverside() {
        return jdbc.queryForObject("select id from tenant where slug = ?", UUID.class, SLUG);
    }

    /** The demo learner with this LearnRefNumber in Riverside. */
    public UUID learner(String learnRefNumber) {
        return inRiverside(() -> jdbc.queryForObject("select id from learner where learn_ref_number = ?", UUID.class,
                learnRefNumber));
    }

    /**
     * A learner still on their programme (so they may sign in to the portal), with a LearnRefNumber in the range
     * (ranges no other test uses), who has asked for nothing yet.
     */
    public UUID continuingWithoutRequests(String fromRef, String toRef, LearnerRequests requests) {
        List<UUID> candidates = inRiverside(() -> jdbc.queryForList("""
                select id from learner where leaving_date is null and learn_ref_number between ? and ?
                order by learn_ref_number""", UUID.class, fromRef, toRef));
        return candidates.stream().filter(id -> inRiverside(() -> requests.of(id)).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("No continuing Riverside learner without requests in "
                        + fromRef + " to " + toRef));
    }

    /** One of the learner's columns as the provider holds it now (e.g. postcode, email, tel_no). */
    public String column(UUID learnerId, String column) {
        return inRiverside(() -> jdbc.queryForObject("select " + column + " from learner where id = ?", String.class,
                learnerId));
    }

    public <T> T inRiverside(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(riverside(), () -> transactions.execute(status -> work.get()));
    }

    /** Signs the learner in to Riverside's portal in the current (Karibu) Vaadin session. */
    public SignedInLearner signIn(UUID learnerId, Clock clock) {
        SignedInLearner learner = new SignedInLearner(riverside(), SLUG, learnerId, clock.instant(), clock.instant());
        VaadinSession.getCurrent().setAttribute(SignedInLearner.class, learner);
        return learner;
    }

    /** A made-up address at example.org no other test uses. */
    public static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /**
     * A UK mobile written as people write it, outside the demo learners' 07700 900xxx (texts only ever reach the
     * Vonage stand-in).
     */
    public static String newMobile() {
        return "07700 901" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
    }

    /** Sets the learner's email and telephone as the provider holds them, so a test knows where it starts. */
    public void holds(UUID learnerId, String email, String telNo) {
        inRiverside(() -> jdbc.update("update learner set email = ?, tel_no = ?, mobile_e164 = ? where id = ?", email,
                telNo, MobileNumbers.ukMobileE164(telNo).orElse(null), learnerId));
    }

    /** The code in the {@code n}-th text to {@code mobile} (as people write it; 1 is the first). */
    public static String codeTexted(VonageStub vonage, String mobile, int n) {
        String to = "to=44" + mobile.replace(" ", "").substring(1);
        List<String> texts = await().atMost(Duration.ofSeconds(30)).until(() -> vonage.smsRequests().stream()
                .map(request -> URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8))
                .filter(body -> body.contains(to)).toList(), found -> found.size() >= n);
        return code(texts.get(n - 1).replaceAll("to=[0-9]+", ""));
    }

    /** The code in the {@code n}-th confirmation email to {@code address} (1 is the first). */
    public static String codeEmailed(TestMailServer mail, String address, int n) {
        List<MimeMessage> received = await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.receivedBy(address), messages -> messages.size() >= n);
        return code(MailedLinks.plainText(received.get(n - 1)));
    }

    public static String code(String text) {
        Matcher code = Pattern.compile("\\b([0-9]{6})\\b").matcher(text);
        if (!code.find()) {
            throw new AssertionError("No 6-digit code in:\n" + text);
        }
        return code.group(1);
    }
}
