package app.waymark.portal;

import app.waymark.IntegrationTest;
import app.waymark.base.jobs.RecurringJobRun;
import app.waymark.base.jobs.RecurringJobs;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The cleanup job, run by the application's scheduler, forgets sign-in codes older than a day and keeps newer ones. */
class SignInCodeCleanupTest extends IntegrationTest {

    @Autowired
    LearnerSignIn signIn;
    @Autowired
    RecurringJobs jobs;
    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void codes_older_than_a_day_are_deleted_by_the_scheduled_job_and_newer_ones_are_kept() {
        PortalTestProvider provider = PortalTestProvider.create(tenants, jdbc, transactions);
        String old = PortalTestProvider.newAddress("Old");
        String recent = PortalTestProvider.newAddress("New");
        provider.learner("Olive", "Old", old, null);
        signIn.send(provider.id, provider.slug, SignInRecipient.parse(old).orElseThrow());
        signIn.send(provider.id, provider.slug, SignInRecipient.parse("nobody-" + old).orElseThrow());
        clock.advance(SignInCodeCleanup.KEPT.plusMinutes(1));
        signIn.send(provider.id, provider.slug, SignInRecipient.parse(recent).orElseThrow());
        assertThat(provider.count("select count(*) from learner_sign_in_code")).isEqualTo(3);

        Instant asked = Instant.now();
        jobs.requestRun(SignInCodeCleanup.NAME);
        RecurringJobRun run = jobs.awaitRunFinishedAfter(SignInCodeCleanup.NAME, asked, Duration.ofSeconds(60))
                .orElseThrow();

        assertThat(run.succeeded()).as("the run's failure: %s", run.failure()).isTrue();
        assertThat(provider.count("select count(*) from learner_sign_in_code")).as("only the newer code").isEqualTo(1);
        assertThat(provider.count("select count(*) from learner_sign_in_code where created_at > ?",
                Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))))).isEqualTo(1);
    }
}
