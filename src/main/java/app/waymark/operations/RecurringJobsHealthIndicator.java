package app.waymark.operations;

import app.waymark.base.jobs.RecurringJobStatus;
import app.waymark.base.jobs.RecurringJobs;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code recurringJobs} entry of the health details (platform operators only): each job's schedule, next and
 * last runs and last failure. Always UP: jobs belong to the whole cluster, so a failed or unscheduled job must not
 * take this node out of the load balancer; {@code attention} names the jobs to look at (decision 0019).
 */
@Component
class RecurringJobsHealthIndicator implements HealthIndicator {

    private final RecurringJobs jobs;

    RecurringJobsHealthIndicator(RecurringJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Health health() {
        List<RecurringJobStatus> statuses = jobs.statuses();
        Health.Builder health = Health.up();
        statuses.forEach(job -> health.withDetail(job.name(), details(job)));
        List<String> attention = statuses.stream().filter(job -> !job.scheduled() || job.failing())
                .map(job -> job.name() + (job.scheduled() ? ": last run failed" : ": not scheduled")).toList();
        return health.withDetail("attention", attention).build();
    }

    private static Map<String, Object> details(RecurringJobStatus job) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("schedule", job.schedule());
        details.put("zone", job.zone() == null ? null : job.zone().getId());
        details.put("nextRun", job.nextRun());
        details.put("runningOn", job.runningOn());
        details.put("lastSuccess", job.lastSuccess());
        details.put("lastFailure", job.lastFailure());
        details.put("lastFailureWhy", job.lastFailureWhy());
        details.put("failuresInARow", job.failuresInARow());
        return details;
    }
}
