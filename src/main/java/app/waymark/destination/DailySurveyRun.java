package app.waymark.destination;

import app.waymark.base.jobs.CronJob;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The daily survey run as a db-scheduler recurring task: one execution a day across all nodes, each provider in its
 * own tenant context. A provider whose run fails does not stop the others; the job then fails, so the failure is
 * recorded for operators (Jobs page, health details), and the next day's run picks up where this one left off.
 */
@Configuration(proxyBeanMethods = false)
class DailySurveyRun {

    private static final Logger log = LoggerFactory.getLogger(DailySurveyRun.class);

    @Bean
    CronJob dailySurveyRunTask(ObjectProvider<SurveyDispatch> dispatch, TenantService tenants,
                                  @Value("${waymark.destinations.daily-run-cron:0 0 7 * * *}") String cron) {
        // The dispatch is looked up when the task runs: it sends through the outbox, which needs the scheduler
        // this task belongs to.
        return task(cron, dispatch::getObject, tenants);
    }

    /** The job at {@code cron} (Spring cron, UK time). */
    static CronJob task(String cron, Supplier<SurveyDispatch> dispatch, TenantService tenants) {
        return new CronJob(SurveyDispatch.DAILY_RUN_JOB, cron, SurveyDispatch.UK,
                () -> runForEveryProvider(dispatch.get(), tenants));
    }

    /**
     * Runs every active provider; when some fail, throws naming each with the kind of error (the log has the whole
     * error), so operators see which providers to look at without seeing a provider's data.
     */
    static void runForEveryProvider(SurveyDispatch dispatch, TenantService tenants) {
        List<UUID> providers = tenants.activeTenantIds();
        List<String> failed = new ArrayList<>();
        for (UUID tenantId : providers) {
            try {
                DispatchReport report = TenantContext.callAs(tenantId, dispatch::runDaily);
                log.info("Daily survey run for tenant {}: {}", tenantId, report);
            } catch (RuntimeException e) {
                log.error("Daily survey run failed for tenant {}", tenantId, e);
                String name = TenantContext.callAs(tenantId, tenants::currentTenantName).orElse("unknown");
                failed.add(name + " (" + tenantId + "): " + e.getClass().getSimpleName());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("The daily survey run failed for " + failed.size() + " of "
                    + providers.size() + " providers: " + String.join("; ", failed));
        }
    }
}
