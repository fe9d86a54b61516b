package app.waymark.base.jobs;

import app.waymark.IntegrationTest;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every recurring job a module declares is scheduled by the node's start, with no list to keep up to date. */
class RecurringJobsStartedTest extends IntegrationTest {

    @Autowired
    List<Task<?>> tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_recurring_task_bean_has_its_execution_in_scheduled_tasks_after_start_up() {
        List<String> recurring = tasks.stream().filter(RecurringTask.class::isInstance).map(Task::getName).toList();
        assertThat(recurring).as("recurring task beans").contains("destination-daily-survey-run");

        List<String> scheduled = jdbc.queryForList(
                "select task_name from scheduled_tasks where task_instance = ?", String.class, RecurringTask.INSTANCE);

        assertThat(scheduled).containsAll(recurring);
    }
}
