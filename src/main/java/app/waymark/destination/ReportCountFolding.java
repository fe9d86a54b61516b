package app.waymark.destination;

import app.waymark.base.jobs.CronJob;
import app.waymark.tenant.EveryProvider;
import app.waymark.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.ZoneId;

/**
 * Every statement that changes report lines appends its changes to the counts (release 0035, decision 0061); this
 * recurring job (every 10 minutes by default) folds each provider's rows into one per measure and day, so reading a
 * count stays a few hundred rows however busy the day was.
 */
@Configuration(proxyBeanMethods = false)
class ReportCountFolding {

    static final String NAME = "destination-report-count-folding";

    private static final Logger log = LoggerFactory.getLogger(ReportCountFolding.class);

    @Bean
    CronJob destinationReportCountFoldingTask(ReportCounts counts, TransactionTemplate transactions,
                                              TenantService tenants,
                                              @Value("${waymark.destinations.count-fold-cron:0 */10 * * * *}")
                                              String cron) {
        return new CronJob(NAME, cron, ZoneId.of("Europe/London"), () -> EveryProvider.run(tenants,
                "Report count folding", tenantId -> {
                    Integer folded = transactions.execute(status -> counts.fold());
                    log.debug("Report counts of tenant {}: {} rows folded", tenantId, folded);
                }));
    }
}
