package app.waymark.restart;

import app.waymark.IntegrationTest;
import app.waymark.TestMailServer;
import app.waymark.base.InvalidInputException;
import app.waymark.notification.MessageChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Issuing a Mandatory Activity Notification sends it through the outbox and records the date. */
class MandatoryActivityNotificationTest extends IntegrationTest {

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;

    @Test
    void a_work_coach_emails_the_notification_and_the_activity_shows_it_issued_today() {
        signIn(MonitoringRuleTest.COACH);
        ParticipantDetails details = RestartFixture.participant("Manny", null);
        UUID participant = participants.create(details);
        UUID activity = plans.add(participant, RestartFixture.activity("Interview practice", true));
        assertThat(plans.find(activity).orElseThrow().manMissing()).isTrue();

        plans.issueMan(activity, plans.find(activity).orElseThrow().version(), MessageChannel.EMAIL);

        ActivityView issued = plans.find(activity).orElseThrow();
        assertThat(issued.manIssuedOn()).isEqualTo(LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))));
        assertThat(issued.manMissing()).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.receivedBy(details.email()).stream()
                .anyMatch(mail -> TestMailServer.text(mail).contains("Interview practice")
                        && TestMailServer.text(mail).contains("Mandatory Activity Notification")));
    }

    @Test
    void without_a_mobile_an_sms_notification_is_refused_and_nothing_is_recorded() {
        signIn(MonitoringRuleTest.COACH);
        UUID participant = participants.create(RestartFixture.participant("Noam", null));
        UUID activity = plans.add(participant, RestartFixture.activity("Work trial", true));
        long version = plans.find(activity).orElseThrow().version();
        assertThatThrownBy(() -> plans.issueMan(activity, version, MessageChannel.SMS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("has no mobile number"));
        assertThat(plans.find(activity).orElseThrow().manIssuedOn()).isNull();
    }

    @Test
    void a_renamed_program_is_refused_as_dma_paperwork_and_nothing_is_attached() {
        signIn(MonitoringRuleTest.COACH);
        UUID participant = participants.create(RestartFixture.participant("Exe", null));
        UUID activity = plans.add(participant, RestartFixture.activity("Course", true));
        signIn(MonitoringRuleTest.SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        signIn(MonitoringRuleTest.COACH);
        plans.outcome(activity, plans.find(activity).orElseThrow().version(), ActivityStatus.NOT_COMPLETE, "No show");
        UUID tracker = monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 1).getFirst().id();

        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> monitoring.attach(tracker, AttachmentKind.DMA_PAPERWORK, "UCD603.pdf", program))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("UCD603.pdf", "is not a PDF"));
        assertThat(monitoring.details(tracker).orElseThrow().attachments()).isEmpty();
    }
}
