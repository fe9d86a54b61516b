package app.waymark.base.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import java.time.ZoneId;

/**
 * Recurring work on a cron schedule, declared as a bean by the module that owns the work: the {@link JobScheduler}
 * starts it on every node, and each firing runs once across all of them. A failed run is recorded and the job waits
 * for its next firing; a run on a node that died is taken over by another node.
 *
 * @param cron Spring cron ({@code "-"} switches the job off and removes its pending execution)
 */
public final class CronJob extends RecurringTask<Void> {

    private final String cron;
    private final ZoneId zone;
    private final Runnable work;

    public CronJob(String name, String cron, ZoneId zone, Runnable work) {
        super(name, Schedules.cron(cron, zone), Void.class);
        this.cron = cron;
        this.zone = zone;
        this.work = work;
    }

    public String cron() {
        return cron;
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        work.run();
    }
}
