package app.waymark.tracker;

import app.waymark.base.jobs.CronJob;
import app.waymark.notification.EmailPreference;
import app.waymark.tenant.EveryProvider;
import app.waymark.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Supplier;

/**
 * The tracker summary emails as a db-scheduler recurring job (decision 0019): by default every 15 minutes, so each
 * person's summary leaves within a quarter of an hour of the time they chose. Each provider runs in its own tenant
 * context; one that fails does not stop the others, and the run is then recorded as failed for operators.
 */
@Configuration(proxyBeanMethods = false)
class TrackerDigestJob {

    static final String NAME = "tracker-digest";

    private static final Logger log = LoggerFactory.getLogger(TrackerDigestJob.class);

    @Bean
    CronJob trackerDigestTask(ObjectProvider<TrackerDigests> digests, TenantService tenants,
                              @Value("${waymark.trackers.digest-cron:0 */15 * * * *}") String cron) {
        // Looked up when the job runs: the summaries go through the outbox, which needs this job's scheduler.
        return task(cron, digests::getObject, tenants);
    }

    /** The job at {@code cron} (Spring cron, UK time). */
    static CronJob task(String cron, Supplier<TrackerDigests> digests, TenantService tenants) {
        return new CronJob(NAME, cron, EmailPreference.UK, () -> runForEveryProvider(digests.get(), tenants));
    }

    static void runForEveryProvider(TrackerDigests digests, TenantService tenants) {
        EveryProvider.run(tenants, "Tracker summaries", tenantId -> {
            int sent = digests.sendDue();
            if (sent > 0) {
                log.info("Tracker summaries for tenant {}: {} queued", tenantId, sent);
            }
        });
    }
}
