package app.waymark.destination;

import app.waymark.base.jobs.CronJob;
import app.waymark.tenant.EveryProvider;
import app.waymark.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The daily survey run as a db-scheduler recurring task: one execution a day across all nodes, each provider in its
 * own tenant context ({@link EveryProvider}: one that fails does not stop the others, and the failure is recorded for
 * operators); the next day's run picks up where a failed one left off.
 */
@Configuration(proxyBeanMethods = false)
class DailySurveyRun {

    private static final Logger log = LoggerFactory.getLogger(DailySurveyRun.class);

    @Bean
    CronJob dailySurveyRunTask(ObjectProvider<SurveyDispatch> dispatch, TenantService tenants,
                                  @Value("${waymark.destinations.daily-run-cron:0 0 7 * * *}") String cron,
                                  @Value("${waymark.destinations.daily-run-parallelism:2}") int parallelism) {
        // The dispatch is looked up when the task runs: it sends through the outbox, which needs the scheduler
        // this task belongs to.
        return task(cron, dispatch::getObject, tenants, parallelism);
    }

    /** The job at {@code cron} (Spring cron, UK time), running up to {@code parallelism} providers at once. */
    static CronJob task(String cron, Supplier<SurveyDispatch> dispatch, TenantService tenants, int parallelism) {
        return new CronJob(SurveyDispatch.DAILY_RUN_JOB, cron, SurveyDispatch.UK,
                () -> runFor(dispatch.get(), tenants, tenants.activeTenantIds(), parallelism));
    }

    /**
     * The run for {@code providers}, up to {@code parallelism} at once: each provider's run is one database
     * connection busy with a few large statements, so a second provider at the same time uses the database's other
     * cores (decision 0061).
     */
    static void runFor(SurveyDispatch dispatch, TenantService tenants, List<UUID> providers, int parallelism) {
        EveryProvider.run(tenants, providers, "The daily survey run", parallelism, tenantId -> {
            DispatchReport report = dispatch.runDaily();
            log.info("Daily survey run for tenant {}: {}", tenantId, report);
        });
    }
}
