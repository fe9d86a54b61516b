package app.waymark.base.jobs;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes a row to {@code recurring_job_run} when a run of a recurring job ends, with the failure when it failed; the
 * failure still reaches db-scheduler, which records it and waits for the next firing. Other executions (message
 * deliveries) are not recorded here: the outbox keeps their history.
 */
final class RecurringJobRunLog implements ExecutionInterceptor {

    /** Failures are described by our own messages; a long one is cut here. */
    static final int MAX_FAILURE_LENGTH = 2_000;

    private final JdbcTemplate jdbc;

    RecurringJobRunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
        if (!RecurringTask.INSTANCE.equals(instance.getId())) {
            return chain.proceed(instance, context);
        }
        Instant started = Instant.now();
        String node = context.getExecution().pickedBy;
        try {
            CompletionHandler<?> completion = chain.proceed(instance, context);
            record(instance.getTaskName(), node, started, null);
            return completion;
        } catch (RuntimeException | Error failure) {
            record(instance.getTaskName(), node, started, describe(failure));
            throw failure;
        }
    }

    private void record(String taskName, String node, Instant started, String failure) {
        jdbc.update("""
                insert into recurring_job_run (task_name, node_name, started_at, finished_at, succeeded, failure)
                values (?, ?, ?, ?, ?, ?)""", taskName, node == null ? "unknown" : node, Timestamp.from(started),
                Timestamp.from(Instant.now()), failure == null, failure);
    }

    static String describe(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() <= MAX_FAILURE_LENGTH ? text : text.substring(0, MAX_FAILURE_LENGTH - 1) + "…";
    }
}
