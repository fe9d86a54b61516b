package app.waymark.notification;

import app.waymark.IntegrationTest;
import app.waymark.MailedLinks;
import app.waymark.VonageStub;
import app.waymark.base.SecretTokens;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class OutboxDeliveryTest extends IntegrationTest {

    private static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    OutboxTestSupport rows;

    @BeforeEach
    void signInAsProviderAdmin() {
        rows = new OutboxTestSupport(transactions, jdbc);
        signIn(NORTHFIELD_ADMIN);
        VONAGE.acceptAll();
    }

    /** Polls on the test thread, which holds the signed-in user (and so the tenant the rows are read as). */
    static org.awaitility.core.ConditionFactory eventually() {
        return await().pollInSameThread().atMost(Duration.ofSeconds(15));
    }

    @AfterEach
    void restoreStubs() {
        VONAGE.acceptAll();
        MAIL.start();
    }

    @Test
    void email_reaches_the_smtp_server_as_plain_text_and_html_with_the_logo_inline() throws Exception {
        String to = "learner-" + UUID.randomUUID() + "@mail.example";
        QueuedMessage queued = rows.inTransaction(() -> outbox.queue(new OutgoingEmail("test:" + to, "TEST", to,
                "Your next step", "Hello Aisha", "<p>Hello <b>Aisha</b></p><img src=\"cid:logo\">",
                new OutgoingEmail.Sender("Northfield College", "surveys@northfield.example",
                        "help@northfield.example"), LOGO)));

        eventually().until(() -> rows.status(queued.id()) == MessageStatus.SENT);
        MimeMessage mail = MAIL.receivedBy(to).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your next step");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Northfield College <surveys@northfield.example>");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("help@northfield.example");
        assertThat(mail.getHeader("X-Waymark-Message-Id")[0]).isEqualTo(queued.id().toString());
        String raw = new String(mail.getRawInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(raw).contains("text/plain").contains("text/html").contains("Content-ID: <logo>")
                .contains("image/png");
        assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
    }

    @Test
    void a_delivered_message_is_kept_with_its_secret_links_masked_while_the_recipient_got_them_whole() {
        String to = "learner-" + UUID.randomUUID() + "@mail.example";
        String token = SecretTokens.random();
        String link = "http://localhost:8080/survey/" + token;
        QueuedMessage queued = rows.inTransaction(() -> outbox.queue(new OutgoingEmail("test:" + to, "TEST", to,
                "Your survey", "Answer at " + link, "<p><a href=\"" + link + "\">Answer</a></p>", null, null)));

        eventually().until(() -> rows.status(queued.id()) == MessageStatus.SENT);

        assertThat(MailedLinks.plainText(MAIL.receivedBy(to).getFirst())).contains(link);
        java.util.Map<String, Object> stored = rows.inTransaction(() -> jdbc.queryForMap(
                "select body_text, body_html from outbox_message where id = ?", queued.id()));
        assertThat(stored.get("body_text")).asString().doesNotContain(token)
                .isEqualTo("Answer at http://localhost:8080/survey/" + token.substring(0, 4) + "…");
        assertThat(stored.get("body_html")).asString().doesNotContain(token)
                .contains("/survey/" + token.substring(0, 4) + "…\"");
    }

    @Test
    void sms_reaches_vonage_at_sms_json_with_basic_auth() {
        String text = "Your survey " + UUID.randomUUID();
        QueuedMessage queued = rows.inTransaction(() -> outbox.queue(
                new OutgoingSms("test:" + text, "TEST", "+447700900123", text, "Northfield")));

        eventually().until(() -> rows.status(queued.id()) == MessageStatus.SENT);
        var request = VONAGE.smsRequests().stream().filter(r -> r.getBodyAsString().contains(text.substring(12)))
                .findFirst().orElseThrow();
        String basic = Base64.getEncoder().encodeToString((VONAGE_API_KEY + ":" + VONAGE_API_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + basic);
        assertThat(request.getBodyAsString()).contains("to=447700900123").contains("from=Northfield");
    }

    @Test
    void queuing_the_same_purpose_for_the_same_recipient_twice_sends_once() {
        String to = "twice-" + UUID.randomUUID() + "@mail.example";
        OutgoingEmail email = new OutgoingEmail("invitation:42", "TEST", to, "Subject", "Body", null, null, null);
        QueuedMessage first = rows.inTransaction(() -> outbox.queue(email));
        QueuedMessage second = rows.inTransaction(() -> outbox.queue(email));

        assertThat(second.duplicate()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        eventually().until(() -> rows.status(first.id()) == MessageStatus.SENT);
        assertThat(MAIL.receivedBy(to)).hasSize(1);
    }

    @Test
    void a_message_whose_cause_rolls_back_is_never_sent() {
        String to = "rolled-back-" + UUID.randomUUID() + "@mail.example";
        assertThatThrownBy(() -> rows.inTransaction(() -> {
            outbox.queue(new OutgoingEmail("rollback", "TEST", to, "Subject", "Body", null, null, null));
            throw new IllegalStateException("the business change failed");
        })).hasMessageContaining("business change failed");

        String marker = "after-" + UUID.randomUUID() + "@mail.example";
        QueuedMessage later = rows.inTransaction(() -> outbox.queue(
                new OutgoingEmail("marker", "TEST", marker, "Subject", "Body", null, null, null)));
        eventually().until(() -> rows.status(later.id()) == MessageStatus.SENT);
        assertThat(MAIL.receivedBy(to)).isEmpty();
        assertThat(rows.inTransaction(() -> jdbc.queryForObject(
                "select count(*) from outbox_message where recipient = ?", Integer.class, to))).isZero();
    }

    @Test
    void sms_refused_by_vonage_fails_permanently_with_the_reason_and_is_not_retried() {
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .withRequestBody(containing("to=447700900999"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"message-count\":\"1\",\"messages\":[{\"status\":\"3\","
                                + "\"error-text\":\"Invalid to number\"}]}")));
        QueuedMessage queued = rows.inTransaction(() -> outbox.queue(
                new OutgoingSms("refused:" + UUID.randomUUID(), "TEST", "+447700900999", "Hello", null)));

        eventually().until(() -> rows.status(queued.id()) == MessageStatus.FAILED);
        assertThat(rows.lastError(queued.id())).contains("Invalid to number");
        assertThat(rows.attempts(queued.id())).isEqualTo(1);
    }

    @Test
    void email_queued_while_the_smtp_server_is_down_is_delivered_after_it_returns() {
        String to = "outage-" + UUID.randomUUID() + "@mail.example";
        MAIL.stop();
        QueuedMessage queued = rows.inTransaction(() -> outbox.queue(
                new OutgoingEmail("outage", "TEST", to, "Subject", "Body", null, null, null)));

        eventually().until(() -> rows.attempts(queued.id()) >= 2);
        assertThat(rows.status(queued.id())).isIn(MessageStatus.QUEUED, MessageStatus.SENDING);
        assertThat(rows.lastError(queued.id())).isNotBlank();
        MAIL.start();

        eventually().until(() -> rows.status(queued.id()) == MessageStatus.SENT);
        assertThat(MAIL.receivedBy(to)).hasSize(1);
    }
}
