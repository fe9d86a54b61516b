package app.waymark.destination;

import app.waymark.base.jobs.JobScheduler;
import app.waymark.base.jobs.TestJobNodes;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily survey run through the real scheduler, as a production node runs it: started by the node's start with
 * the cron of its configuration, never called by hand. This node's scheduler is paused meanwhile, so the nodes this
 * test starts (a restart with another configuration) are the only ones running the job.
 */
class DailySurveyRunSchedulingTest extends DestinationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final TaskInstanceId DAILY_RUN = TaskInstanceId.of(SurveyDispatch.DAILY_RUN_JOB,
            RecurringTask.INSTANCE);

    @Autowired
    JobScheduler thisNode;
    @Autowired
    TestJobNodes nodes;
    @Autowired
    SurveyDispatch dispatch;
    @Autowired
    DestinationSettingsService settings;
    @Value("${waymark.destinations.daily-run-cron}")
    String configuredCron;

    @BeforeEach
    void onlyTheTestsNodesRunJobs() {
        thisNode.client().pause();
    }

    @AfterEach
    void backToTheConfiguredSchedule() {
        JobScheduler restarted = startNode("restored", configuredCron, true);
        restarted.stop();
        thisNode.client().resume();
    }

    @Test
    void the_scheduler_runs_the_daily_run_at_its_cron_and_invites_reminds_and_closes_as_the_settings_say() {
        DispatchTestTenant provider = newProvider();
        LocalDate today = ukToday();
        provider.run(() -> settings.save(new TrackingSettings(true, today.minusYears(1), 0, 7, null, 28, 60,
                ContactRuleMode.STRICT, SurveyChannels.EMAIL)));
        String email = "nia-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.example";
        UUID leaver = provider.learner("Nia", email, null, today.minusDays(2), "", "");

        JobScheduler node = nodes.start("cron-every-two-seconds", false, DailySurveyRun.task("*/2 * * * * *",
                () -> dispatch, onlyProvider(provider), 2));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> invitationStatus(provider, leaver) != null);
            assertThat(provider.count("select count(*) from outbox_message where kind = 'SURVEY_INVITATION'"
                    + " and recipient = ?", email)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(60)).until(() -> !MAIL.receivedBy(email).isEmpty());

            sentDaysAgo(provider, leaver, 7);
            await().atMost(Duration.ofSeconds(60)).until(() -> provider.count(
                    "select count(*) from outbox_message where kind = 'SURVEY_REMINDER'") == 1);

            sentDaysAgo(provider, leaver, 28);
            await().atMost(Duration.ofSeconds(60)).until(() -> "NO_RESPONSE".equals(
                    invitationStatus(provider, leaver)));
            assertThat(provider.query("select out_type || '-' || out_code from destination_record"
                    + " where learner_id = ? and source = 'AUTOMATIC' and flag = 'NO_RESPONSE'", String.class, leaver))
                    .containsExactly("OTH-3");
            assertThat(provider.count("select count(*) from outbox_message where kind = 'SURVEY_REMINDER'"))
                    .as("no second reminder: the settings have none").isEqualTo(1);
        } finally {
            stopWhenIdle(node);
        }
    }

    @Test
    void a_changed_cron_in_configuration_is_the_one_in_force_after_a_restart() {
        String firstCron = "0 10 5 3 1 *";
        String changedCron = "0 40 6 17 3 *";

        startNode("first-start", firstCron, true).stop();
        Instant afterFirstStart = scheduledAt();
        startNode("restart", changedCron, true).stop();
        Instant afterRestart = scheduledAt();

        assertThat(afterFirstStart).isEqualTo(next(firstCron));
        assertThat(afterRestart).isEqualTo(next(changedCron));
    }

    /**
     * The providers the job goes through, narrowed to this test's own: the suite's other tests leave hundreds of
     * providers behind, and a run through them all takes longer under load than this test waits. The scheduler,
     * the job and the dispatch stay the real ones.
     */
    private static TenantService onlyProvider(DispatchTestTenant provider) {
        TenantService only = Mockito.mock(TenantService.class);
        Mockito.when(only.activeTenantIds()).thenReturn(List.of(provider.id));
        Mockito.when(only.currentTenantName()).thenReturn(Optional.of("Dispatch test"));
        return only;
    }

    /** A node like this one, whose configuration gives the daily run {@code cron}. */
    private JobScheduler startNode(String name, String cron, boolean paused) {
        return nodes.start(name, paused, DailySurveyRun.task(cron, () -> dispatch, tenants, 2));
    }

    /**
     * Stops the node once it is between runs: the job is first moved far ahead (refused while a run is going on), so
     * nothing is left half-run for another node to revive.
     */
    private void stopWhenIdle(JobScheduler node) {
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> tryReschedule(node));
        } finally {
            node.stop();
        }
    }

    private static boolean tryReschedule(JobScheduler node) {
        try {
            return node.client().reschedule(DAILY_RUN, Instant.now().plus(Duration.ofDays(365)));
        } catch (TaskInstanceCurrentlyExecutingException running) {
            return false;
        }
    }

    private Instant scheduledAt() {
        return jdbc.queryForObject("select execution_time from scheduled_tasks where task_name = ?"
                + " and task_instance = ?", Timestamp.class, DAILY_RUN.getTaskName(), DAILY_RUN.getId()).toInstant();
    }

    private static Instant next(String cron) {
        ZonedDateTime next = CronExpression.parse(cron).next(ZonedDateTime.now(UK));
        assertThat(next).isNotNull();
        return next.toInstant();
    }

    private static String invitationStatus(DispatchTestTenant provider, UUID learner) {
        List<String> statuses = provider.query("select status from survey_invitation where learner_id = ?",
                String.class, learner);
        return statuses.isEmpty() ? null : statuses.getFirst();
    }

    /** Moves the learner's invitation back in time, as if it had been sent that many days ago. */
    private void sentDaysAgo(DispatchTestTenant provider, UUID learner, int days) {
        provider.run(() -> transactions.executeWithoutResult(status -> jdbc.update(
                "update survey_invitation set sent_at = ? where learner_id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(days))), learner)));
    }
}
