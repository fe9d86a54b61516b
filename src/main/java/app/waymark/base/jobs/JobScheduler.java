package app.waymark.base.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * The one db-scheduler of this node, running every {@link Task} bean of every module. Work is claimed through the
 * {@code scheduled_tasks} table, so several nodes share it and each execution runs on one node.
 * <p>
 * Scheduling goes through a transaction-aware data source: a task scheduled inside a business transaction exists
 * exactly when that transaction commits.
 */
public final class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    public JobScheduler(DataSource dataSource, List<Task<?>> tasks, JobsProperties properties, JsonMapper json,
                        String nodeName) {
        this(dataSource, tasks, List.of(), properties, json, nodeName);
    }

    /** {@code interceptors} see every execution (timing, metrics). */
    public JobScheduler(DataSource dataSource, List<Task<?>> tasks, List<ExecutionInterceptor> interceptors,
                        JobsProperties properties, JsonMapper json, String nodeName) {
        this.enabled = properties.enabled();
        SchedulerBuilder builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks);
        interceptors.forEach(builder::addExecutionInterceptor);
        this.scheduler = builder
                .schedulerName(new SchedulerName.Fixed(nodeName))
                .serializer(new JsonTaskDataSerializer(json))
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .threads(properties.threads())
                .pollUsingLockAndFetch(0.5, 1.0)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Schedules work; inside a transaction it becomes visible to the nodes when the transaction commits. */
    public Scheduler client() {
        return scheduler;
    }

    /** Asks this node to look for due work now rather than at its next poll. */
    public void checkForDueWork() {
        if (running) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            log.info("Job scheduler disabled on this node (waymark.jobs.enabled=false): no jobs or messages run here");
            return;
        }
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        if (running) {
            scheduler.stop();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
