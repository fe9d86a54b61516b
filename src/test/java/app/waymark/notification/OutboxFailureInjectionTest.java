package app.waymark.notification;

import app.waymark.IntegrationTest;
import app.waymark.VonageStub;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Vonage misbehaving in every way we know of. Whatever happens, each message ends sent or dead-lettered (none lost),
 * none is accepted twice unless a request timed out after Vonage took it, and the rate limit (20/s in tests) holds.
 */
class OutboxFailureInjectionTest extends IntegrationTest {

    private static final int RATE_LIMIT_PER_SECOND = 20;

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxService outboxService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    OutboxTestSupport rows;
    String run;

    @BeforeEach
    void setUp() {
        rows = new OutboxTestSupport(transactions, jdbc);
        signIn(NORTHFIELD_ADMIN);
        VONAGE.acceptAll();
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @AfterEach
    void restore() {
        VONAGE.acceptAll();
    }

    @Test
    void half_the_requests_failing_with_http_500_still_delivers_every_message_once_within_the_rate_limit() {
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .inScenario("flaky").whenScenarioStateIs("ok").willSetStateTo(Scenario.STARTED)
                .willReturn(VonageStub.accepted()));

        List<QueuedMessage> messages = queueSms(30);

        awaitAllFinished(messages);
        assertEveryMessageSentOrDeadAndAcceptedAtMostOnce(messages, event -> false);
        assertThat(failedResponses(500)).isPositive();
        assertRateLimitHeld();
    }

    @Test
    void bursts_of_429_are_retried_until_vonage_accepts() {
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(429).withBody("Too Many Requests")));
        List<QueuedMessage> messages = queueSms(15);
        eventually().until(() -> failedResponses(429) >= 20);
        VONAGE.server().resetScenarios();
        VONAGE.server().getStubMappings().stream().filter(stub -> stub.getPriority() == 1)
                .forEach(stub -> VONAGE.server().removeStub(stub));

        awaitAllFinished(messages);
        retryDeadLetteredByHand(messages);
        assertThat(messages).allSatisfy(message -> assertThat(rows.status(message.id())).isEqualTo(MessageStatus.SENT));
        assertEveryMessageSentOrDeadAndAcceptedAtMostOnce(messages, event -> false);
        assertRateLimitHeld();
    }

    @Test
    void a_timeout_after_vonage_took_the_message_is_the_only_way_to_a_second_send() {
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .inScenario("slow").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("fast")
                .willReturn(VonageStub.accepted().withFixedDelay(1_500)));
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .inScenario("slow").whenScenarioStateIs("fast").willSetStateTo(Scenario.STARTED)
                .willReturn(VonageStub.accepted()));
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(0)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("reset" + run))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        List<QueuedMessage> messages = queueSms(10);

        awaitAllFinished(messages);
        assertEveryMessageSentOrDeadAndAcceptedAtMostOnce(messages,
                event -> event.getResponse().getStatus() == 200
                        && event.getResponseDefinition().getFixedDelayMilliseconds() != null);
        assertThat(messages).allSatisfy(message -> assertThat(rows.status(message.id())).isEqualTo(MessageStatus.SENT));
    }

    @Test
    void an_outage_longer_than_all_retries_dead_letters_and_a_hand_retry_delivers_afterwards() {
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        List<QueuedMessage> messages = queueSms(8);

        awaitAllFinished(messages);
        assertThat(messages).allSatisfy(message -> {
            assertThat(rows.status(message.id())).isEqualTo(MessageStatus.DEAD_LETTERED);
            assertThat(rows.lastError(message.id())).startsWith("Gave up after 8 attempts");
        });

        VONAGE.acceptAll();
        retryDeadLetteredByHand(messages);
        awaitAllFinished(messages);
        assertThat(messages).allSatisfy(message -> assertThat(rows.status(message.id())).isEqualTo(MessageStatus.SENT));
        assertEveryMessageSentOrDeadAndAcceptedAtMostOnce(messages, event -> false);
    }

    private List<QueuedMessage> queueSms(int count) {
        return rows.inTransaction(() -> IntStream.range(0, count).mapToObj(i -> outbox.queue(new OutgoingSms(
                "failure-injection:" + run + ":" + i, "TEST", "+4477009%05d".formatted(i), marker(i), null)))
                .toList());
    }

    private String marker(int i) {
        return "m" + run + "n" + i + "x";
    }

    private void awaitAllFinished(List<QueuedMessage> messages) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> messages.stream()
                .map(message -> rows.status(message.id()))
                .allMatch(status -> status == MessageStatus.SENT || status == MessageStatus.FAILED
                        || status == MessageStatus.DEAD_LETTERED));
    }

    private void retryDeadLetteredByHand(List<QueuedMessage> messages) {
        messages.stream().filter(message -> rows.status(message.id()) == MessageStatus.DEAD_LETTERED)
                .forEach(message -> outboxService.retry(message.id()));
        awaitAllFinished(messages);
    }

    private static org.awaitility.core.ConditionFactory eventually() {
        return await().pollInSameThread().atMost(Duration.ofSeconds(30));
    }

    /** Accepted = Vonage answered 200 with status 0. {@code ambiguous} marks accepted requests the client gave up on. */
    private void assertEveryMessageSentOrDeadAndAcceptedAtMostOnce(List<QueuedMessage> messages,
                                                                   Predicate<ServeEvent> ambiguous) {
        List<ServeEvent> events = runEvents();
        for (int i = 0; i < messages.size(); i++) {
            String marker = marker(i);
            List<ServeEvent> mine = events.stream().filter(event -> event.getRequest().getBodyAsString()
                    .contains(marker)).toList();
            long accepted = mine.stream().filter(event -> event.getResponse().getStatus() == 200).count();
            long ambiguousCount = mine.stream().filter(ambiguous).count();
            MessageStatus status = rows.status(messages.get(i).id());
            assertThat(status).as("message %d", i).isIn(MessageStatus.SENT, MessageStatus.DEAD_LETTERED);
            if (status == MessageStatus.SENT) {
                assertThat(accepted).as("accepted requests of message %d", i).isBetween(1L, 1L + ambiguousCount);
            } else {
                assertThat(accepted).as("accepted requests of dead-lettered message %d", i).isEqualTo(ambiguousCount);
            }
        }
    }

    private long failedResponses(int status) {
        return runEvents().stream().filter(event -> event.getResponse().getStatus() == status).count();
    }

    private List<ServeEvent> runEvents() {
        return VONAGE.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getBodyAsString().contains("m" + run)).toList();
    }

    /** In every one-second window starting at a request, at most the limit of requests reached Vonage. */
    private void assertRateLimitHeld() {
        List<Long> times = new ArrayList<>(runEvents().stream()
                .map(event -> event.getRequest().getLoggedDate().getTime()).sorted().toList());
        long busiestSecond = times.stream()
                .mapToLong(start -> times.stream().filter(t -> t >= start && t < start + 1_000).count())
                .max().orElse(0);
        assertThat(busiestSecond).isBetween(1L, (long) RATE_LIMIT_PER_SECOND);
    }
}
