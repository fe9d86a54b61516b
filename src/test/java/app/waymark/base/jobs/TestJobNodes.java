package app.waymark.base.jobs;

import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Further app nodes for tests, on the test database: each knows every task this node knows (so it never picks an
 * execution it cannot run and leaves it stuck) and records runs like this node, with some jobs swapped for
 * others, as a restart with another configuration would have them. Stop what you start, and pause this node
 * meanwhile when a swapped-in job is one it does not know.
 */
public class TestJobNodes {

    private final DataSource dataSource;
    private final List<Task<?>> tasks;
    private final List<ExecutionInterceptor> interceptors;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;

    TestJobNodes(DataSource dataSource, List<Task<?>> tasks, List<ExecutionInterceptor> interceptors,
                 JsonMapper json, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.interceptors = interceptors;
        this.json = json;
    }

    /** A started node whose tasks are this node's, with those named like one of {@code jobs} replaced by them. */
    public JobScheduler start(String name, boolean paused, Task<?>... jobs) {
        List<Task<?>> all = new ArrayList<>(List.of(jobs));
        List<String> replaced = all.stream().map(Task::getName).toList();
        tasks.stream().filter(task -> !replaced.contains(task.getName())).forEach(all::add);
        JobScheduler node = new JobScheduler(dataSource, all, interceptors,
                new JobsProperties(true, Duration.ofMillis(100), Duration.ofSeconds(5), 6, 2), json,
                name + "-" + UUID.randomUUID().toString().substring(0, 8));
        if (paused) {
            node.client().pause();
        }
        node.start();
        return node;
    }

    /** A view of the jobs as {@code node} runs them. */
    public RecurringJobs jobsOf(JobScheduler node) {
        return new RecurringJobs(node, jdbc);
    }
}
