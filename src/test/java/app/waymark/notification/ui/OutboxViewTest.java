package app.waymark.notification.ui;

import app.waymark.notification.DeliveryChannelsForTests;
import app.waymark.VonageStub;
import app.waymark.audit.AuditService;
import app.waymark.base.ui.AccessDeniedView;
import app.waymark.notification.MessageStatus;
import app.waymark.notification.Outbox;
import app.waymark.notification.OutboxFilter;
import app.waymark.notification.OutboxMessageSummary;
import app.waymark.notification.OutboxService;
import app.waymark.notification.OutgoingSms;
import app.waymark.notification.QueuedMessage;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxViewTest extends KaribuTest {

    /** The demo SMS Northfield "sent" three days before the demo data was made. */
    private static final String DEMO_SMS_RECIPIENT = "+447700900001";
    private static final String REFUSED_NUMBER = "+447700900977";

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxService outboxService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditService audit;

    @AfterEach
    void acceptEverySmsAgain() {
        VONAGE.acceptAll();
    }

    @Test
    void an_admin_sees_the_organisations_messages_with_their_status_and_outcome() {
        signInToUi(NORTHFIELD_ADMIN);
        UI.getCurrent().navigate("settings/messages/outbox");

        Grid<OutboxMessageSummary> grid = grid();
        assertThat(_size(grid)).isGreaterThanOrEqualTo(2);
        int demoSms = rowOf(grid, m -> m.recipient().equals(DEMO_SMS_RECIPIENT));
        assertThat(_getFormatted(grid, demoSms, "channel")).isEqualTo("SMS");
        assertThat(statusText(grid, demoSms)).isEqualTo("Sent");
        assertThat(_getFormatted(grid, demoSms, "outcome")).startsWith("Sent ").contains("Delivery report: delivered.");
        assertThat(_get(grid, demoSms).kind()).isEqualTo("SURVEY_INVITATION");
        assertThat(_getFormatted(grid, demoSms, "message")).isEqualTo("Survey invitation");
        _assertNone(_getCellComponent(grid, demoSms, "status"), Button.class);
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).recipient()))
                .allMatch(recipient -> !recipient.contains("riverside"));
        assertThat(_get(Span.class, spec -> spec.withId("outbox-total")).getText())
                .isEqualTo(_size(grid) + " messages");
    }

    @Test
    void the_status_in_the_url_selects_the_filter_and_only_those_messages_are_listed() {
        signInToUi(NORTHFIELD_ADMIN);
        UI.getCurrent().navigate("settings/messages/outbox", QueryParameters.of("status", "SENT"));

        assertThat(status().getValue()).isEqualTo(MessageStatus.SENT);
        Grid<OutboxMessageSummary> grid = grid();
        assertThat(_size(grid)).isGreaterThanOrEqualTo(1);
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).status()))
                .containsOnly(MessageStatus.SENT);
        assertThat(_size(grid)).isEqualTo((int) outboxService.count(
                new OutboxFilter(MessageStatus.SENT, null, null, null, null, null)));
    }

    @Test
    void opening_the_outbox_again_without_a_status_lists_every_status() {
        signInToUi(NORTHFIELD_ADMIN);
        UI.getCurrent().navigate("settings/messages/outbox", QueryParameters.of("status", "FAILED"));
        assertThat(status().getValue()).isEqualTo(MessageStatus.FAILED);

        UI.getCurrent().navigate("settings/messages/outbox");

        assertThat(status().getValue()).isNull();
        assertThat(_size(grid())).isEqualTo((int) outboxService.count(OutboxFilter.ANY));
    }

    @Test
    void a_failed_sms_shows_retry_which_queues_it_again() {
        signInToUi(RIVERSIDE_ADMIN);
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .withRequestBody(containing("to=" + REFUSED_NUMBER.substring(1)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"message-count\":\"1\",\"messages\":[{\"status\":\"3\","
                                + "\"error-text\":\"Invalid to number\"}]}")));
        QueuedMessage queued = transactions.execute(tx -> outbox.queue(new OutgoingSms(
                "refused:" + UUID.randomUUID(), "TEST", REFUSED_NUMBER, "Hello from Riverside", null)));
        await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> statusOf(queued.id()) == MessageStatus.FAILED);

        UI.getCurrent().navigate("settings/messages/outbox", QueryParameters.of("status", "FAILED"));
        Grid<OutboxMessageSummary> grid = grid();
        int failed = rowOf(grid, m -> m.id().equals(queued.id()));
        assertThat(statusText(grid, failed)).isEqualTo("Failed");
        assertThat(_getFormatted(grid, failed, "outcome")).contains("Invalid to number");
        Button retry = _get(_getCellComponent(grid, failed, "status"), Button.class, spec -> spec.withText("Retry"));

        VONAGE.acceptAll();
        _click(retry);

        assertThat(getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText))
                .contains("Message to " + REFUSED_NUMBER + " queued again.");
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).id())).doesNotContain(queued.id());
        assertThat(audit.historyOf("OutboxMessage", queued.id().toString(), 5))
                .anySatisfy(record -> assertThat(record.action()).isEqualTo("MESSAGE_RETRIED"));
        await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> statusOf(queued.id()) == MessageStatus.SENT);
    }

    @Test
    void a_tutor_gets_access_denied_for_the_outbox() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("settings/messages/outbox");
        _assertOne(AccessDeniedView.class);
    }

    private MessageStatus statusOf(UUID id) {
        return outboxService.find(new OutboxFilter(null, null, REFUSED_NUMBER, null, null, null), 0, 50).stream()
                .filter(m -> m.id().equals(id)).map(OutboxMessageSummary::status).findFirst().orElseThrow();
    }

    private static String statusText(Grid<OutboxMessageSummary> grid, int row) {
        return _get(_getCellComponent(grid, row, "status"), Span.class, spec -> spec.withClasses("wm-outbox-status"))
                .getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<OutboxMessageSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("outbox-grid"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<MessageStatus> status() {
        return _get(ComboBox.class, spec -> spec.withId("outbox-status"));
    }

    private static int rowOf(Grid<OutboxMessageSummary> grid,
                             java.util.function.Predicate<OutboxMessageSummary> wanted) {
        List<Integer> rows = IntStream.range(0, _size(grid)).filter(i -> wanted.test(_get(grid, i))).boxed().toList();
        assertThat(rows).as("rows matching").hasSize(1);
        return rows.getFirst();
    }

    @Test
    void a_channel_delivered_by_log_is_announced_above_the_messages_as_reaching_nobody() {
        signInToUi(NORTHFIELD_ADMIN);

        OutboxView view = new OutboxView(outboxService, DeliveryChannelsForTests.emailByLogOnly(clock));

        assertThat(view.getChildren().filter(child -> child.getId().orElse("").startsWith("outbox-log-only"))
                .map(child -> child.getId().orElseThrow())).containsExactly("outbox-log-only-email");
        assertThat(((com.vaadin.flow.component.html.Paragraph) view.getChildren()
                .filter(child -> child.getId().orElse("").equals("outbox-log-only-email")).findFirst().orElseThrow())
                .getText()).startsWith("Emails are not being sent");
    }
}
