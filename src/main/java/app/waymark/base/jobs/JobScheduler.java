package app.waymark.base.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one db-scheduler of this node, running every {@link Task} bean of every module. Work is claimed through the
 * {@code scheduled_tasks} table, so several nodes share it and each execution runs on one node.
 * <p>
 * Every {@link RecurringTask} among them is started with the scheduler: its execution is created if missing, and
 * re-timed when its schedule in configuration has changed (db-scheduler compares the stored next execution with the
 * schedule's; decision 0019). Nobody has to list a recurring task anywhere for it to run.
 * <p>
 * Scheduling goes through a transaction-aware data source: a task scheduled inside a business transaction exists
 * exactly when that transaction commits.
 */
public final class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final Scheduler scheduler;
    private final List<RecurringTask<?>> recurringTasks;
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
        this.recurringTasks = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        // Tasks with start-up work (every recurring task) go to startTasks: db-scheduler runs that work, which
        // creates or re-times a recurring task's execution, only for those. It adds them to the known tasks, so
        // that list must be modifiable.
        List<Task<?>> startTasks = tasks.stream().filter(OnStartup.class::isInstance).toList();
        List<Task<?>> others = new ArrayList<>(tasks.stream().filter(task -> !(task instanceof OnStartup)).toList());
        SchedulerBuilder builder = withStartTasks(
                Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others), startTasks);
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SchedulerBuilder withStartTasks(SchedulerBuilder builder, List<Task<?>> startTasks) {
        return builder.startTasks((List) startTasks);
    }

    /** The recurring tasks this node runs: each is scheduled by {@link #start()}, once across all nodes. */
    public List<RecurringTask<?>> recurringTasks() {
        return recurringTasks;
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
