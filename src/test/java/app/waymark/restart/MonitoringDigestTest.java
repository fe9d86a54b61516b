package app.waymark.restart;

import app.waymark.IntegrationTest;
import app.waymark.TestMailServer;
import app.waymark.base.jobs.RecurringJobRun;
import app.waymark.base.jobs.RecurringJobs;
import app.waymark.notification.EmailMode;
import app.waymark.notification.EmailPreference;
import app.waymark.notification.MessageChannel;
import app.waymark.notification.OutboxFilter;
import app.waymark.notification.OutboxService;
import app.waymark.notification.StaffEmailPreferences;
import app.waymark.notification.StaffNotifications;
import app.waymark.security.UserService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A work coach who chose a daily summary hears of a new monitoring tracker in the bell at once and in the tracker
 * summary email at their chosen time, sent by the real scheduler's summary job, not by an email of its own.
 */
class MonitoringDigestTest extends IntegrationTest {

    private static final String SUMMARY_JOB = "tracker-digest";

    @Autowired
    UserService users;
    @Autowired
    StaffEmailPreferences preferences;
    @Autowired
    StaffNotifications bell;
    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;
    @Autowired
    RecurringJobs jobs;
    @Autowired
    OutboxService outbox;

    @Test
    void a_work_coach_on_a_daily_summary_gets_the_new_tracker_in_the_summary_at_their_time_and_no_email_before() {
        String coach = "digest-coach-" + UUID.randomUUID() + "@riverside.example";
        createWorkCoach(coach);
        signIn(coach);
        LocalTime digestTime = ZonedDateTime.ofInstant(clock.instant().plus(Duration.ofHours(2)), EmailPreference.UK)
                .toLocalTime();
        preferences.saveMine(EmailMode.DAILY_DIGEST, digestTime);
        UUID participant = participants.create(RestartFixture.participant("Dora", null));
        UUID activity = plans.add(participant, RestartFixture.activity("Warehouse taster day", true));
        signIn(MonitoringRuleTest.SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        signIn(coach);
        plans.outcome(activity, plans.find(activity).orElseThrow().version(), ActivityStatus.NOT_COMPLETE,
                "Did not attend");

        MonitoringSummary tracker = monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 1).getFirst();
        assertThat(bell.latest(20)).anySatisfy(notice -> assertThat(notice.title()).contains(tracker.reference()));
        assertThat(outboxTo(coach, "TRACKER_UPDATE")).as("no email for each event").isZero();

        runSummaryJob();
        assertThat(outboxTo(coach, "TRACKER_DIGEST")).as("not before the chosen time").isZero();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        runSummaryJob();
        MimeMessage summary = awaitSummary(coach);
        assertThat(TestMailServer.text(summary))
                .contains(tracker.reference() + " Monitoring for Dora Testperson: Dora Testperson did not complete the"
                        + " mandatory activity \"Warehouse taster day\"")
                .contains("/monitoring/" + tracker.id())
                .containsPattern("See the trackers in Waymark: \\S+/monitoring\\s");

        runSummaryJob();
        assertThat(outboxTo(coach, "TRACKER_DIGEST")).as("sent once").isEqualTo(1);
    }

    private void createWorkCoach(String email) {
        signIn(RIVERSIDE_ADMIN);
        UUID role = users.roles().stream().filter(r -> r.code().equals("WORK_COACH")).findFirst().orElseThrow().id();
        users.createWithPassword(email, "Dee Digest", Set.of(role), demoPassword);
    }

    private void runSummaryJob() {
        Instant asked = Instant.now();
        jobs.requestRun(SUMMARY_JOB);
        RecurringJobRun run = jobs.awaitRunFinishedAfter(SUMMARY_JOB, asked, Duration.ofSeconds(60)).orElseThrow();
        assertThat(run.succeeded()).as("the run's failure: %s", run.failure()).isTrue();
    }

    private long outboxTo(String email, String kind) {
        signIn(RIVERSIDE_ADMIN);
        return outbox.count(new OutboxFilter(null, MessageChannel.EMAIL, email, kind, null, null));
    }

    private MimeMessage awaitSummary(String email) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !summaries(email).isEmpty());
        return summaries(email).getFirst();
    }

    private List<MimeMessage> summaries(String email) {
        return MAIL.receivedBy(email).stream()
                .filter(mail -> TestMailServer.subject(mail).contains("tracker summary: 1 update")).toList();
    }
}
