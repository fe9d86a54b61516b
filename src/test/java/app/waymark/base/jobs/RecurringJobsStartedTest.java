package app.waymark.base.jobs;

import app.waymark.IntegrationTest;
import app.waymark.tenant.TenantContext;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every recurring job a module declares is scheduled by the node's start, with no list to keep up to date. */
class RecurringJobsStartedTest extends IntegrationTest {

    @Autowired
    List<Task<?>> tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void every_recurring_task_bean_has_its_execution_in_scheduled_tasks_after_start_up() {
        List<String> recurring = tasks.stream().filter(RecurringTask.class::isInstance).map(Task::getName).toList();
        assertThat(recurring).as("recurring task beans").contains("destination-daily-survey-run");

        List<String> scheduled = jdbc.queryForList(
                "select task_name from scheduled_tasks where task_instance = ?", String.class, RecurringTask.INSTANCE);

        assertThat(scheduled).containsAll(recurring);
    }

    @Test
    void the_demo_asked_the_scheduler_for_its_first_survey_run_and_the_invitations_were_made_inside_that_run() {
        UUID northfield = jdbc.queryForObject("select id from tenant where slug = 'northfield'", UUID.class);
        UUID firstInvitationId = TenantContext.callAs(northfield, () -> transactions.execute(status ->
                jdbc.queryForObject("select id from survey_invitation order by id limit 1", UUID.class)));
        // Ids are UUID version 7, made from the real time (the test clock stands still); their first 48 bits.
        Instant firstInvitation = Instant.ofEpochMilli(firstInvitationId.getMostSignificantBits() >>> 16);

        Integer runsAroundIt = jdbc.queryForObject("""
                select count(*) from recurring_job_run
                where task_name = ? and succeeded and started_at <= ? and finished_at >= ?""", Integer.class,
                "destination-daily-survey-run", Timestamp.from(firstInvitation.plusMillis(1)),
                Timestamp.from(firstInvitation));

        assertThat(runsAroundIt).isEqualTo(1);
    }
}
