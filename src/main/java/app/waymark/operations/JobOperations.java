package app.waymark.operations;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.jobs.RecurringJobRun;
import app.waymark.base.jobs.RecurringJobStatus;
import app.waymark.base.jobs.RecurringJobs;
import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The platform operator's view of the recurring jobs, and a run on request (on the platform's audit trail). */
@Service
public class JobOperations {

    private final RecurringJobs jobs;
    private final AuditService audit;

    JobOperations(RecurringJobs jobs, AuditService audit) {
        this.jobs = jobs;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public List<RecurringJobStatus> statuses() {
        return jobs.statuses();
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public List<RecurringJobRun> lastRuns(String name, int limit) {
        return jobs.lastRuns(name, limit);
    }

    /** Runs the job now on whichever node picks it up; it then carries on at its schedule. */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    @Transactional
    public RecurringJobs.RunRequest runNow(String name) {
        RecurringJobs.RunRequest outcome = jobs.requestRun(name);
        audit.recordPlatform(AuditEntry.of(AuditActions.JOB_RUN_REQUESTED, "RecurringJob", name)
                .after(Map.of("outcome", outcome.name())));
        return outcome;
    }
}
