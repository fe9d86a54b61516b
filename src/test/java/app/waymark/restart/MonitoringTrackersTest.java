package app.waymark.restart;

import app.waymark.IntegrationTest;
import app.waymark.TestMailServer;
import app.waymark.base.InvalidInputException;
import app.waymark.notification.StaffNotifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Working a monitoring tracker: who may set which status, finality, DMA paperwork rules and the assignee. */
class MonitoringTrackersTest extends IntegrationTest {

    static final String COMPLIANCE = "compliance@riverside.example";

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;
    @Autowired
    StaffNotifications bell;

    @Test
    void work_coaches_get_four_statuses_and_pre_authorisers_or_processors_also_rejected_and_closed() {
        UUID tracker = raised("Stan");
        signIn(MonitoringRuleTest.COACH);
        assertThat(monitoring.details(tracker).orElseThrow().statusOptions()).containsExactly(MonitoringStatus.NEW,
                MonitoringStatus.RESOLVED, MonitoringStatus.SUBMITTED, MonitoringStatus.REFERRED);
        assertThatThrownBy(() -> update(tracker, MonitoringStatus.CLOSED, true, null))
                .isInstanceOf(AccessDeniedException.class);

        signIn(COMPLIANCE);
        assertThat(monitoring.details(tracker).orElseThrow().statusOptions()).containsExactly(
                MonitoringStatus.values());
        signIn("tracker-preauthorise@riverside.example");
        assertThat(monitoring.details(tracker).orElseThrow().statusOptions()).contains(MonitoringStatus.REJECTED);
        signIn(MonitoringRuleTest.SUPERVISOR);
        assertThat(monitoring.details(tracker).orElseThrow().readOnly()).as("supervisors only read").isTrue();
        assertThatThrownBy(() -> update(tracker, MonitoringStatus.RESOLVED, true, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rejected_and_closed_are_final_for_everyone_in_the_service_too() {
        UUID tracker = raised("Fiona");
        signIn(COMPLIANCE);
        update(tracker, MonitoringStatus.CLOSED, false, "Participant moved to another provider");

        for (String who : List.of(COMPLIANCE, MonitoringRuleTest.COACH)) {
            signIn(who);
            MonitoringDetails closed = monitoring.details(tracker).orElseThrow();
            assertThat(closed.readOnly()).as(who).isTrue();
            assertThatThrownBy(() -> update(tracker, MonitoringStatus.NEW, false, "reopen"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.getMessage()).contains("Closed", "read-only"));
            assertThatThrownBy(() -> monitoring.attach(tracker, AttachmentKind.EVIDENCE, "late.pdf", pdf()))
                    .isInstanceOf(InvalidInputException.class);
        }
        signIn(COMPLIANCE);
        assertThat(monitoring.details(tracker).orElseThrow().summary().status()).isEqualTo(MonitoringStatus.CLOSED);
    }

    @Test
    void dma_yes_needs_the_paperwork_before_submitted_or_referred_and_no_needs_a_reason() {
        UUID tracker = raised("Dom");
        signIn(MonitoringRuleTest.COACH);
        assertThatThrownBy(() -> update(tracker, MonitoringStatus.REFERRED, true, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.getMessage()).contains("Upload the DMA paperwork");
                });
        assertThatThrownBy(() -> update(tracker, MonitoringStatus.RESOLVED, false, " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("dmaNotRaisedReason"));
        monitoring.attach(tracker, AttachmentKind.EVIDENCE, "attendance.pdf", pdf());
        assertThatThrownBy(() -> update(tracker, MonitoringStatus.SUBMITTED, true, null))
                .as("evidence is not the DMA paperwork").isInstanceOf(InvalidInputException.class);

        monitoring.attach(tracker, AttachmentKind.DMA_PAPERWORK, "UCD603.pdf", pdf());
        update(tracker, MonitoringStatus.REFERRED, true, null);

        MonitoringDetails referred = monitoring.details(tracker).orElseThrow();
        assertThat(referred.summary().status()).isEqualTo(MonitoringStatus.REFERRED);
        assertThat(referred.attachments()).extracting(Attachment::kind)
                .containsExactly(AttachmentKind.EVIDENCE, AttachmentKind.DMA_PAPERWORK);
        assertThat(referred.history()).extracting(MonitoringHistoryLine::action)
                .containsExactly("Created", "File attached", "File attached", "Changed");
        assertThat(referred.history().getFirst().detail()).contains("type Monitoring", "status New",
                "DMA paperwork raised: Yes", "assignee:");
        assertThat(referred.history().getLast().detail()).isEqualTo("Status: New → Referred");
        assertThat(monitoring.download(referred.attachments().getLast().id()).orElseThrow().content())
                .isEqualTo(pdf());
    }

    @Test
    void the_assignee_is_told_in_the_bell_and_by_email_and_can_be_changed_to_another_of_the_staff() {
        clock.advance(Duration.ofMinutes(1)); // the bell lists newest first: after every earlier notice
        UUID tracker = raised("Alma");
        signIn(MonitoringRuleTest.COACH);
        String reference = monitoring.details(tracker).orElseThrow().summary().reference();
        assertThat(bell.latest(20)).anySatisfy(notice -> assertThat(notice.title()).contains(reference));
        await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.receivedBy(MonitoringRuleTest.COACH).stream()
                .anyMatch(mail -> TestMailServer.text(mail).contains(reference)));

        signIn(COMPLIANCE);
        UUID compliance = app.waymark.base.security.CurrentActor.require().id();
        signIn(MonitoringRuleTest.COACH);
        MonitoringDetails before = monitoring.details(tracker).orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        monitoring.update(tracker, before.version(), new MonitoringUpdate(MonitoringStatus.NEW, compliance, true,
                null, "Over to compliance"));
        signIn(COMPLIANCE);
        assertThat(bell.latest(20)).anySatisfy(notice -> assertThat(notice.title()).contains(reference));
        assertThat(monitoring.list(new MonitoringFilter(null, null, null, MonitoringFilter.Assignee.ME, null, null, null,
                false, null), 0, 50)).extracting(MonitoringSummary::id).contains(tracker);

        signIn(MonitoringRuleTest.COACH);
        MonitoringDetails now = monitoring.details(tracker).orElseThrow();
        assertThatThrownBy(() -> monitoring.update(tracker, now.version(), new MonitoringUpdate(MonitoringStatus.NEW,
                UUID.randomUUID(), true, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("assignee"));
    }

    @Test
    void staff_without_a_restart_permission_cannot_see_monitoring_trackers() {
        raised("Hidden");
        signIn("tutor@riverside.example");
        assertThatThrownBy(() -> monitoring.list(MonitoringFilter.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    private UUID raised(String name) {
        signIn(MonitoringRuleTest.COACH);
        UUID participant = participants.create(RestartFixture.participant(name, null));
        UUID activity = plans.add(participant, RestartFixture.activity("Employability course", true));
        signIn(MonitoringRuleTest.SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        signIn(MonitoringRuleTest.COACH);
        plans.outcome(activity, plans.find(activity).orElseThrow().version(), ActivityStatus.NOT_COMPLETE,
                "Did not attend");
        return monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 1).getFirst().id();
    }

    private void update(UUID tracker, MonitoringStatus status, boolean dmaRaised, String reason) {
        MonitoringDetails details = monitoring.details(tracker).orElseThrow();
        monitoring.update(tracker, details.version(), new MonitoringUpdate(status, details.current().assigneeId(),
                dmaRaised, reason, details.current().notes()));
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}
