package app.waymark.notification.api;

import app.waymark.IntegrationTest;
import app.waymark.notification.Outbox;
import app.waymark.notification.OutgoingSms;
import app.waymark.notification.QueuedMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Vonage delivery receipts reach the webhook signed; each is applied to its message once. */
class DeliveryReceiptWebhookTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final VonageSignature signer = new VonageSignature(VONAGE_SIGNATURE_SECRET);

    @Test
    void a_signed_receipt_is_applied_to_its_message_once_however_often_vonage_repeats_it() throws Exception {
        String providerId = sentSmsProviderId();
        Map<String, String> receipt = signed(providerId, "delivered");

        HttpResponse<String> first = postForm(receipt);
        HttpResponse<String> repeat = postForm(receipt);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("APPLIED");
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(repeat.body()).contains("DUPLICATE");
        signIn(NORTHFIELD_ADMIN);
        assertThat(deliveryStatus(providerId)).isEqualTo("delivered");
        Integer receipts = transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from delivery_receipt where provider_message_id = ?", Integer.class, providerId));
        assertThat(receipts).isEqualTo(1);
    }

    @Test
    void a_receipt_with_a_wrong_signature_is_refused_and_changes_nothing() throws Exception {
        String providerId = sentSmsProviderId();
        Map<String, String> forged = signed(providerId, "delivered");
        forged.put("status", "failed");

        HttpResponse<String> response = postForm(forged);

        assertThat(response.statusCode()).isEqualTo(401);
        signIn(NORTHFIELD_ADMIN);
        assertThat(deliveryStatus(providerId)).isNull();
    }

    @Test
    void a_receipt_for_an_unknown_message_is_acknowledged_so_vonage_stops_repeating_it() throws Exception {
        HttpResponse<String> response = postForm(signed("no-such-message-" + UUID.randomUUID(), "delivered"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UNKNOWN_MESSAGE");
    }

    private String sentSmsProviderId() {
        signIn(NORTHFIELD_ADMIN);
        QueuedMessage queued = transactions.execute(status -> outbox.queue(new OutgoingSms(
                "receipt-test:" + UUID.randomUUID(), "TEST", "+447700900555", "Receipt test", null)));
        String providerId = await().pollInSameThread().atMost(Duration.ofSeconds(15)).until(
                () -> transactions.execute(status -> jdbc.queryForList(
                        "select provider_message_id from outbox_message where id = ? and status = 'SENT'",
                        String.class, queued.id())).stream().findFirst().orElse(null), id -> id != null);
        signOut();
        return providerId;
    }

    private String deliveryStatus(String providerId) {
        return transactions.execute(status -> jdbc.queryForObject(
                "select delivery_status from outbox_message where provider_message_id = ?", String.class,
                providerId));
    }

    private void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private Map<String, String> signed(String providerId, String status) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("messageId", providerId);
        parameters.put("status", status);
        parameters.put("msisdn", "447700900555");
        parameters.put("err-code", "0");
        parameters.put("message-timestamp", "2026-11-23 10:00:00");
        parameters.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        parameters.put("sig", signer.sign(parameters));
        return parameters;
    }

    private HttpResponse<String> postForm(Map<String, String> parameters) throws Exception {
        String form = parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                    + "/webhooks/vonage/delivery-receipts"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
