package app.waymark.base.jobs;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Where a recurring job stands, read from the scheduler's table (shared by every node) and the job's run log.
 *
 * @param schedule       its cron, or null when it is not a {@link CronJob}
 * @param zone           the time zone its cron is read in, or null when it is not a {@link CronJob}
 * @param nextRun        null when no execution is scheduled (switched off, or never started)
 * @param runningOn      the node running it now, or null
 * @param lastFailure    when its last failed run ended, or null
 * @param lastFailureWhy what that failure said, when the run log has it
 * @param failuresInARow failures since its last success
 */
public record RecurringJobStatus(String name, String schedule, ZoneId zone, Instant nextRun, String runningOn, Instant lastSuccess,
                                 Instant lastFailure, String lastFailureWhy, int failuresInARow) {

    public boolean scheduled() {
        return nextRun != null;
    }

    /** The last run failed (a success since then clears it). */
    public boolean failing() {
        return failuresInARow > 0;
    }
}
