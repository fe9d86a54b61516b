package app.waymark.destination;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The report's line per learner who has left is kept by database triggers (docs/decisions/0014): every writer of
 * learners, aims, surveys and outcome records changes it in the same transaction, and two writers of the same
 * learner at once both end up in it.
 */
class DestinationReportLinesTest extends DestinationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    DispatchTestTenant provider;
    ReportTestData data;
    LocalDate today;

    @BeforeEach
    void aProvider() {
        provider = newProvider();
        data = new ReportTestData(provider, jdbc, transactions);
        today = LocalDate.now(clock.withZone(LONDON));
    }

    @Test
    void a_learner_gets_a_line_when_they_leave_and_loses_it_when_the_leaving_date_is_removed() {
        UUID learner = data.learner("Continuing", null);
        data.aim(learner, 25, 1);
        assertThat(lines(learner)).isZero();

        LocalDate left = LocalDate.of(2024, 7, 12);
        update("update learner set leaving_date = ?, programme_status = 'COMPLETED' where id = ?",
                Date.valueOf(left), learner);
        assertThat(line(learner)).containsEntry("leaving_date", Date.valueOf(left))
                .containsEntry("awaiting_destination", true);

        update("update learner set leaving_date = null, programme_status = 'CONTINUING' where id = ?", learner);
        assertThat(lines(learner)).isZero();
    }

    @Test
    void outcome_records_added_changed_and_deleted_show_in_the_line() {
        LocalDate left = LocalDate.of(2024, 5, 3);
        UUID learner = data.learner("Leaver", left);
        data.aim(learner, 35, 1);
        data.record(learner, "EMP", 1, left.plusDays(3), null, today, "MANUAL", null);
        data.record(learner, "OTH", 3, left.plusDays(1), null, today, "AUTOMATIC", "NOT_CONTACTABLE");
        assertThat(line(learner)).containsEntry("outcomes", "EMP-1, OTH-3").containsEntry("flags", "NOT_CONTACTABLE")
                .containsEntry("flagged", true).containsEntry("not_contactable", true)
                .containsEntry("awaiting_destination", false);

        update("update destination_record set start_date = ? where learner_id = ?", Date.valueOf(left.minusDays(9)),
                learner);
        assertThat(line(learner)).containsEntry("awaiting_destination", true);
        // Decision 0043: only a destination starting after the leaving date counts, not one starting on it.
        update("update destination_record set start_date = ? where learner_id = ?", Date.valueOf(left), learner);
        assertThat(line(learner)).containsEntry("awaiting_destination", true);

        update("delete from destination_record where learner_id = ? and flag is not null", learner);
        assertThat(line(learner)).containsEntry("outcomes", "EMP-1").containsEntry("flags", null)
                .containsEntry("flagged", false).containsEntry("not_contactable", false);
    }

    @Test
    void the_survey_for_the_current_leaving_date_and_the_funding_models_show_in_the_line() {
        LocalDate left = today.minusDays(40);
        UUID learner = data.learner("Surveyed", left);
        data.invitation(learner, left.minusYears(1), "ANSWERED", Instant.now().minusSeconds(86_400 * 300), null);
        assertThat(line(learner)).containsEntry("survey_status", null);

        data.invitation(learner, left, "SENT", Instant.now(), null);
        assertThat(line(learner)).containsEntry("survey_status", "SENT");
        update("update survey_invitation set status = 'ANSWERED', answered_at = now() where leaving_date = ?",
                Date.valueOf(left));
        assertThat(line(learner)).containsEntry("survey_status", "ANSWERED");
        assertThat(line(learner).get("answered_at")).isNotNull();

        data.aim(learner, 36, 1);
        data.aim(learner, 35, 3);
        assertThat(provider.query("select array_to_string(fund_models, ',') from destination_report_line"
                + " where learner_id = ?", String.class, learner)).containsExactly("35,36");
    }

    @Test
    void two_transactions_adding_records_for_one_learner_at_once_both_reach_the_line() throws Exception {
        LocalDate left = today.minusDays(30);
        UUID learner = data.learner("Busy", left);
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> provider.run(() -> transactions.executeWithoutResult(s -> {
                insertRecord(learner, "EMP", 1, left.plusDays(1));
                firstWritten.countDown();
                awaitLatch(commitFirst);
            })));
            assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = threads.submit(() -> provider.run(() -> transactions.executeWithoutResult(s ->
                    insertRecord(learner, "EDU", 5, left.plusDays(2)))));
            await().atMost(30, TimeUnit.SECONDS).pollInSameThread().until(this::aSessionWaitsForALock);
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            threads.shutdownNow();
        }
        assertThat(line(learner)).containsEntry("outcomes", "EDU-5, EMP-1");
    }

    private void insertRecord(UUID learner, String type, int code, LocalDate start) {
        jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, created_at, created_by)
                values (?, gen_random_uuid(), ?, ?, ?, ?, current_date, 'MANUAL', now(), 'test')""",
                provider.id, learner, type, code, Date.valueOf(start));
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The second writer never reached the lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean aSessionWaitsForALock() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from pg_stat_activity
                               where wait_event_type = 'Lock' and query like '%destination_record%')""",
                Boolean.class));
    }

    private void update(String sql, Object... parameters) {
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update(sql, parameters)));
    }

    private int lines(UUID learner) {
        return provider.count("select count(*) from destination_report_line where learner_id = ?", learner);
    }

    private Map<String, Object> line(UUID learner) {
        return provider.call(() -> transactions.execute(s -> jdbc.queryForMap(
                "select * from destination_report_line where learner_id = ?", learner)));
    }
}
