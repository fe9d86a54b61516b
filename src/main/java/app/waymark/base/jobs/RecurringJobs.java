package app.waymark.base.jobs;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The recurring jobs of this installation: where each stands, its last runs, and a run on request. A requested run is
 * the job's own execution moved to now, so it runs through the scheduler on whichever node picks it up, exactly as
 * at its time, and the job then carries on at its schedule.
 */
public class RecurringJobs {

    /** What became of a request to run a job now. */
    public enum RunRequest {
        /** The job's execution is due now; a node picks it up at once. */
        REQUESTED,
        /** A run is going on; nothing was changed. */
        ALREADY_RUNNING,
        /** The job has no execution to move (switched off with cron "-"). */
        NOT_SCHEDULED
    }

    private static final Duration POLL = Duration.ofMillis(200);

    private final JobScheduler scheduler;
    private final JdbcTemplate jdbc;

    RecurringJobs(JobScheduler scheduler, JdbcTemplate jdbc) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    /** Every recurring job this node knows, by name. */
    public List<RecurringJobStatus> statuses() {
        return scheduler.recurringTasks().stream()
                .map(task -> status(task, scheduler.client().getScheduledExecution(task.getDefaultTaskInstance())
                        .orElse(null)))
                .sorted(Comparator.comparing(RecurringJobStatus::name))
                .toList();
    }

    private RecurringJobStatus status(RecurringTask<?> task, ScheduledExecution<Object> execution) {
        String schedule = task instanceof CronJob cron ? cron.cron() : null;
        ZoneId zone = task instanceof CronJob cron ? cron.zone() : null;
        Optional<RecurringJobRun> lastFailure = lastRuns(task.getName(), 20).stream()
                .filter(run -> !run.succeeded()).findFirst();
        if (execution == null) {
            return new RecurringJobStatus(task.getName(), schedule, zone, null, null, null,
                    lastFailure.map(RecurringJobRun::finishedAt).orElse(null),
                    lastFailure.map(RecurringJobRun::failure).orElse(null), 0);
        }
        return new RecurringJobStatus(task.getName(), schedule, zone, execution.getExecutionTime(),
                execution.isPicked() ? execution.getPickedBy() : null, execution.getLastSuccess(),
                execution.getLastFailure(), lastFailure.map(RecurringJobRun::failure).orElse(null),
                execution.getConsecutiveFailures());
    }

    /** The job's latest finished runs, newest first. */
    public List<RecurringJobRun> lastRuns(String name, int limit) {
        return jdbc.query("""
                select task_name, node_name, started_at, finished_at, failure from recurring_job_run
                where task_name = ? order by finished_at desc, id desc limit ?""", RUN, name, limit);
    }

    /** Moves the job's execution to now, for any node to run; throws for a name that is not a recurring job. */
    public RunRequest requestRun(String name) {
        RecurringTask<?> task = scheduler.recurringTasks().stream().filter(t -> t.getName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No recurring job is called " + name));
        TaskInstanceId instance = task.getDefaultTaskInstance();
        if (scheduler.client().getScheduledExecution(instance).isEmpty()) {
            return RunRequest.NOT_SCHEDULED;
        }
        try {
            scheduler.client().reschedule(instance, Instant.now());
        } catch (TaskInstanceCurrentlyExecutingException running) {
            return RunRequest.ALREADY_RUNNING;
        }
        scheduler.checkForDueWork();
        return RunRequest.REQUESTED;
    }

    /**
     * Waits for a run of the job that finished after {@code after}, on any node; empty when none finished within
     * {@code timeout} (no node runs jobs, or the run takes longer) or the waiting thread was interrupted.
     */
    public Optional<RecurringJobRun> awaitRunFinishedAfter(String name, Instant after, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<RecurringJobRun> runs = jdbc.query("""
                    select task_name, node_name, started_at, finished_at, failure from recurring_job_run
                    where task_name = ? and finished_at > ? order by finished_at limit 1""", RUN, name,
                    Timestamp.from(after));
            if (!runs.isEmpty()) {
                return Optional.of(runs.getFirst());
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.empty();
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static final RowMapper<RecurringJobRun> RUN = (rs, row) -> new RecurringJobRun(rs.getString("task_name"),
            rs.getString("node_name"), rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at").toInstant(), rs.getString("failure"));
}
