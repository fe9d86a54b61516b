package app.waymark.destination;

import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The daily survey run as a db-scheduler recurring task: one execution a day across all nodes, each provider in its
 * own tenant context. A provider whose run fails does not stop the others; the task then fails, so db-scheduler
 * records it, and the next day's run (or a retry) picks up where this left off.
 */
@Configuration(proxyBeanMethods = false)
class DailySurveyRun {

    private static final Logger log = LoggerFactory.getLogger(DailySurveyRun.class);

    @Bean
    Task<Void> dailySurveyRunTask(ObjectProvider<SurveyDispatch> dispatch, TenantService tenants,
                                  @Value("${waymark.destinations.daily-run-cron:0 0 7 * * *}") String cron) {
        // The dispatch is looked up when the task runs: it sends through the outbox, which needs the scheduler
        // this task belongs to.
        return task(cron, dispatch::getObject, tenants);
    }

    /** The job at {@code cron} (Spring cron, UK time). */
    static Task<Void> task(String cron, Supplier<SurveyDispatch> dispatch, TenantService tenants) {
        return Tasks.recurring(SurveyDispatch.DAILY_RUN_JOB, Schedules.cron(cron, ZoneId.of("Europe/London")))
                .execute((instance, context) -> runForEveryProvider(dispatch.get(), tenants));
    }

    static void runForEveryProvider(SurveyDispatch dispatch, TenantService tenants) {
        List<UUID> failed = new ArrayList<>();
        for (UUID tenantId : tenants.activeTenantIds()) {
            try {
                DispatchReport report = TenantContext.callAs(tenantId, dispatch::runDaily);
                log.info("Daily survey run for tenant {}: {}", tenantId, report);
            } catch (RuntimeException e) {
                log.error("Daily survey run failed for tenant {}", tenantId, e);
                failed.add(tenantId);
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("The daily survey run failed for tenants " + failed);
        }
    }
}
