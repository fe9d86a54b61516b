package app.waymark.destination;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark, not a test (tag "benchmark"; run with {@code bench/dispatch.sh}): 100,000 newly eligible learners spread
 * over 20 providers, each with an email address and a UK mobile; times the daily survey run creating the
 * invitations, links and outbox rows (with their delivery tasks). Delivery itself is switched off here: the outbox
 * benchmark measures it.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"waymark.jobs.enabled=false", "logging.level.app.waymark.destination=WARN"})
class DispatchBenchmark extends DestinationTest {

    private static final int TENANTS = Integer.getInteger("bench.tenants", 20);
    private static final int LEARNERS = Integer.getInteger("bench.learners", 100_000);
    /** As the daily run job (waymark.destinations.daily-run-parallelism). */
    private static final int PARALLELISM = Integer.getInteger("bench.parallelism", 2);

    @Autowired
    SurveyDispatch dispatch;
    @Autowired
    DestinationSettingsService settings;

    @Test
    void daily_run_for_newly_eligible_learners() {
        LocalDate today = ukToday();
        List<DispatchTestTenant> providers = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            DispatchTestTenant provider = newProvider();
            provider.run(() -> settings.save(new TrackingSettings(true, today.minusYears(1), 0, 7, 14, 28, 28,
                    ContactRuleMode.STRICT, SurveyChannels.BOTH)));
            int perTenant = LEARNERS / TENANTS;
            provider.run(() -> transactions.executeWithoutResult(status -> jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name, email,
                        mobile_e164, leaving_date, programme_status, created_at, updated_at)
                    select ?, gen_random_uuid(), 'B' || n, '9999999999', 'Learner' || n, 'Bench',
                        'learner' || n || '@bench.example', '+44770' || lpad(n::text, 7, '0'),
                        current_date - (n % 60), 'COMPLETED', now(), now()
                    from generate_series(1, ?) as n""", provider.id, perTenant)));
            providers.add(provider);
        }
        jdbc.execute("analyze");

        // The job's own run over these providers, as many at once as it runs them in production.
        long start = System.nanoTime();
        DailySurveyRun.runFor(dispatch, tenants, providers.stream().map(p -> p.id).toList(), PARALLELISM);
        double seconds = (System.nanoTime() - start) / 1e9;
        int invited = providers.stream().mapToInt(p -> p.count("select count(*) from survey_invitation")).sum();
        int notContactable = providers.stream().mapToInt(p -> p.count(
                "select count(*) from destination_record where flag = 'NOT_CONTACTABLE'")).sum();
        int outboxRows = providers.stream().mapToInt(p -> p.count("select count(*) from outbox_message")).sum();
        int links = providers.stream().mapToInt(p -> p.count("select count(*) from survey_link")).sum();
        System.out.printf("dispatch tenants=%d learners=%d invitations=%d not_contactable=%d survey_links=%d"
                        + " outbox_rows=%d parallelism=%d seconds=%.1f learners_per_second=%.0f%n", TENANTS, LEARNERS,
                invited, notContactable, links, outboxRows, PARALLELISM, seconds, LEARNERS / seconds);
    }
}
