package app.waymark.base.jobs;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A recurring job's status, run log and runs on request, on a node of its own (the job exists only there, so the
 * shared node's jobs are untouched); the node records its runs with the production run log.
 */
class RecurringJobsTest extends IntegrationTest {

    private static final String FAR_AHEAD = "0 0 7 29 2 *";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    JobScheduler thisNode;
    @Autowired
    TestJobNodes testNodes;
    @Autowired
    JdbcTemplate jdbc;

    private final List<JobScheduler> nodes = new ArrayList<>();
    private final List<String> jobNames = new ArrayList<>();

    @BeforeEach
    void pauseThisNodeWhichDoesNotKnowTheTestJobs() {
        thisNode.client().pause();
    }

    @AfterEach
    void stopNodesAndRemoveTheirJobs() {
        nodes.forEach(JobScheduler::stop);
        jobNames.forEach(name -> jdbc.update("delete from scheduled_tasks where task_name = ?", name));
        thisNode.client().resume();
    }

    @Test
    void a_failing_run_is_recorded_with_why_and_the_next_success_ends_the_failing_state() {
        AtomicBoolean fail = new AtomicBoolean(true);
        String name = jobName("flaky");
        RecurringJobs jobs = node(new CronJob(name, "*/1 * * * * *", UK, () -> {
            if (fail.get()) {
                throw new IllegalStateException("The test job failed for 1 of 2 providers: Example (x)");
            }
        }));

        await().atMost(Duration.ofSeconds(30)).until(() -> status(jobs, name).failing());
        RecurringJobStatus failing = status(jobs, name);
        assertThat(failing.lastFailureWhy())
                .isEqualTo("IllegalStateException: The test job failed for 1 of 2 providers: Example (x)");
        assertThat(failing.lastFailure()).isNotNull();
        assertThat(failing.schedule()).isEqualTo("*/1 * * * * *");
        assertThat(failing.zone()).isEqualTo(UK);
        assertThat(jobs.lastRuns(name, 5)).first().satisfies(run -> assertThat(run.succeeded()).isFalse());

        fail.set(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> !status(jobs, name).failing());
        RecurringJobStatus recovered = status(jobs, name);
        assertThat(recovered.lastSuccess()).isAfter(failing.lastFailure());
        assertThat(recovered.lastFailureWhy()).as("the last failure stays on view").isNotNull();
        assertThat(jobs.lastRuns(name, 1)).singleElement().satisfies(run -> {
            assertThat(run.succeeded()).isTrue();
            assertThat(run.node()).startsWith("jobs-test-");
        });
    }

    @Test
    void a_run_requested_now_runs_through_the_scheduler_once_and_the_job_keeps_its_schedule() {
        AtomicInteger runs = new AtomicInteger();
        String name = jobName("on-request");
        RecurringJobs jobs = node(new CronJob(name, FAR_AHEAD, UK, runs::incrementAndGet));
        Instant scheduled = status(jobs, name).nextRun();
        Instant asked = Instant.now();

        assertThat(jobs.requestRun(name)).isEqualTo(RecurringJobs.RunRequest.REQUESTED);
        Optional<RecurringJobRun> run = jobs.awaitRunFinishedAfter(name, asked, Duration.ofSeconds(30));

        assertThat(run).hasValueSatisfying(r -> assertThat(r.succeeded()).isTrue());
        assertThat(runs.get()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> scheduled.equals(status(jobs, name).nextRun()));
        assertThat(status(jobs, name).lastSuccess()).isAfter(asked);
    }

    @Test
    void a_job_switched_off_with_a_dash_is_listed_as_not_scheduled_and_cannot_be_run() {
        String name = jobName("switched-off");
        RecurringJobs jobs = node(new CronJob(name, "-", UK, () -> {
        }));

        assertThat(status(jobs, name).scheduled()).isFalse();
        assertThat(jobs.requestRun(name)).isEqualTo(RecurringJobs.RunRequest.NOT_SCHEDULED);
        assertThatThrownBy(() -> jobs.requestRun("no-such-job")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No recurring job is called no-such-job");
    }

    @Test
    void waiting_for_a_run_that_never_comes_gives_up_at_the_timeout() {
        String name = jobName("idle");
        RecurringJobs jobs = node(new CronJob(name, FAR_AHEAD, UK, () -> {
        }));

        assertThat(jobs.awaitRunFinishedAfter(name, Instant.now(), Duration.ofMillis(300))).isEmpty();
    }

    private String jobName(String kind) {
        String name = "test-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        jobNames.add(name);
        return name;
    }

    private RecurringJobs node(CronJob job) {
        JobScheduler node = testNodes.start("jobs-test", false, job);
        nodes.add(node);
        return testNodes.jobsOf(node);
    }

    private static RecurringJobStatus status(RecurringJobs jobs, String name) {
        return jobs.statuses().stream().filter(job -> job.name().equals(name)).findFirst().orElseThrow();
    }
}
