package app.waymark.portal;

import app.waymark.base.jobs.CronJob;
import app.waymark.tenant.EveryProvider;
import app.waymark.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Forgets learners' sign-in codes once nothing can use them: a recurring job (daily by default) deletes each
 * provider's codes older than {@link #KEPT}, well past a code's validity and the hour its address's sending limit
 * counts. A code row holds a hash of the learner's address, so it is personal data kept no longer than needed.
 */
@Configuration(proxyBeanMethods = false)
class SignInCodeCleanup {

    static final String NAME = "learner-sign-in-code-cleanup";
    static final Duration KEPT = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SignInCodeCleanup.class);

    @Bean
    CronJob learnerSignInCodeCleanupTask(JdbcTemplate jdbc, TransactionTemplate transactions, TenantService tenants,
                                         Clock clock,
                                         @Value("${waymark.portal.code-cleanup-cron:0 30 3 * * *}") String cron) {
        return new CronJob(NAME, cron, ZoneId.of("Europe/London"), () -> EveryProvider.run(tenants,
                "Sign-in code cleanup", tenantId -> {
                    Timestamp before = Timestamp.from(clock.instant().minus(KEPT));
                    Integer deleted = transactions.execute(status -> jdbc.update(
                            "delete from learner_sign_in_code where created_at < ?", before));
                    if (deleted != null && deleted > 0) {
                        log.info("Sign-in codes of tenant {}: {} older than {} forgotten", tenantId, deleted, KEPT);
                    }
                }));
    }
}
