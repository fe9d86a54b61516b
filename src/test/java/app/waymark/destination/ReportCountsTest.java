package app.waymark.destination;

import app.waymark.base.jobs.RecurringJobRun;
import app.waymark.base.jobs.RecurringJobs;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.FlagReview;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.OverdueRule;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's counts kept with its lines (release 0035, decision 0061) give, for every filter they answer, exactly
 * the number of lines the report's own filter counts, as lines are written, changed and removed, and after the
 * scheduled job folds them.
 */
class ReportCountsTest extends DestinationTest {

    @Autowired
    ReportCounts counts;
    @Autowired
    ReportQueries lines;
    @Autowired
    RecurringJobs jobs;

    DispatchTestTenant provider;
    DestinationTestData data;
    ReportTestData aims;
    LocalDate today;
    Instant now;

    @BeforeEach
    void providerWithEveryKindOfLine() {
        provider = newProvider();
        data = new DestinationTestData(provider, jdbc, transactions);
        aims = new ReportTestData(provider, jdbc, transactions);
        today = ukToday();
        now = clock.instant();
    }

    @Test
    void every_filter_the_counts_answer_has_the_number_of_lines_the_report_filter_counts() {
        List<UUID> learners = manyKindsOfLines();
        assertThat(inProvider(() -> counts.count(ReportFilter.ALL, rule()))).contains(36L);
        assertSameAsLines("as written");

        provider.run(() -> transactions.executeWithoutResult(s -> {
            jdbc.update("update survey_invitation set status = 'ANSWERED', answered_at = ? where learner_id = ?",
                    java.sql.Timestamp.from(now), learners.get(0));
            jdbc.update("update destination_record set reviewed_at = now(), reviewed_by = 'test', review_note = 'ok'"
                    + " where learner_id = ? and flag is not null", learners.get(6));
            jdbc.update("update destination_record set superseded_at = now(), superseded_by = 'test',"
                    + " supersede_reason = 'answered late' where learner_id = ? and source = 'AUTOMATIC'",
                    learners.get(13));
            jdbc.update("update learner set leaving_date = null where id = ?", learners.get(5));
        }));
        assertThat(inProvider(() -> counts.count(ReportFilter.ALL, rule()))).contains(35L);
        assertSameAsLines("after a survey answered, a flag reviewed, an OTH-3 superseded and a return to learning");
    }

    @Test
    void the_scheduled_job_folds_the_counts_into_one_row_per_measure_and_day_without_changing_any_count() {
        List<UUID> learners = manyKindsOfLines();
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update(
                "update survey_invitation set status = 'NO_RESPONSE' where learner_id = ?", learners.get(0))));
        Map<ReportFilter, Optional<Long>> before = inProvider(() -> answers(rule()));
        int rowsBefore = provider.count("select count(*) from destination_line_count");

        Instant asked = Instant.now();
        jobs.requestRun(ReportCountFolding.NAME);
        RecurringJobRun run = jobs.awaitRunFinishedAfter(ReportCountFolding.NAME, asked, Duration.ofSeconds(60))
                .orElseThrow();

        assertThat(run.succeeded()).as("the run's failure: %s", run.failure()).isTrue();
        assertThat(provider.count("select count(*) from destination_line_count"))
                .isEqualTo(provider.count("select count(*) from (select distinct measure, day"
                        + " from destination_line_count) m"))
                .isLessThan(rowsBefore);
        assertThat(inProvider(() -> answers(rule()))).isEqualTo(before);
        assertSameAsLines("after folding");
    }

    /**
     * Lines of every status, outcome type, flag and funding model, sent and collected over two years, so that each
     * filter has learners in and out of it.
     */
    private List<UUID> manyKindsOfLines() {
        List<UUID> learners = new ArrayList<>();
        String[] statuses = {"SENT", "ANSWERED", "NO_RESPONSE", "UNSUBSCRIBED", null};
        String[] types = {"EMP", "EDU", "VOL", "GAP", "SDE", "NPE", "OTH"};
        int[] fundModels = {25, 35, 36, 70, 81, 99};
        for (int i = 0; i < 36; i++) {
            LocalDate left = i % 6 == 0 ? LocalDate.of(2024, 3, 1).plusDays(i) : today.minusDays(20L * i + 3);
            UUID learner = provider.learner("L" + i, null, null, left, "", "");
            learners.add(learner);
            aims.aim(learner, fundModels[i % fundModels.length], 1);
            String status = statuses[i % statuses.length];
            if (status != null) {
                Instant sent = left.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                aims.invitation(learner, left, status, sent,
                        status.equals("ANSWERED") ? sent.plus(Duration.ofDays(3)) : null);
            }
            if (i % 4 != 3 && i % 12 != 0) {
                String type = types[i % types.length];
                LocalDate collected = today.minusDays(30L * (i % 20));
                String flag = type.equals("OTH") ? (i % 2 == 0 ? "NOT_CONTACTABLE" : "NO_RESPONSE") : null;
                data.record(learner, type, type.equals("OTH") ? 3 : 1, left.plusDays(1), collected,
                        flag == null ? "MANUAL" : "AUTOMATIC", flag);
                if (i % 5 == 0) {
                    String later = types[(i + 2) % types.length];
                    data.record(learner, later, later.equals("OTH") ? 3 : 1, left.plusDays(2),
                            collected.plusDays(40).isAfter(today) ? today : collected.plusDays(40), "MANUAL", null);
                }
            }
        }
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update("update destination_record"
                + " set reviewed_at = now(), reviewed_by = 'test', review_note = 'seen' where learner_id = ? and flag is not null",
                learners.get(20))));
        return learners;
    }

    private OverdueRule rule() {
        return new OverdueRule(today.minusMonths(2), LocalDate.of(2024, 3, 10));
    }

    private void assertSameAsLines(String when) {
        for (OverdueRule rule : List.of(rule(), new OverdueRule(today.minusMonths(2), null))) {
            Map<ReportFilter, Optional<Long>> answers = inProvider(() -> answers(rule));
            long answered = answers.values().stream().filter(Optional::isPresent).count();
            assertThat(answered).as("filters the counts answer").isGreaterThan(60);
            answers.forEach((filter, answer) -> answer.ifPresent(count -> assertThat(count)
                    .as("%s: %s", when, filter)
                    .isEqualTo(inProvider(() -> lines.count(filter, () -> rule)))));
        }
    }

    /** As the report's service reads them: in the provider's context, in a transaction (which row security needs). */
    private <T> T inProvider(Supplier<T> read) {
        return provider.call(() -> transactions.execute(status -> read.get()));
    }

    private Map<ReportFilter, Optional<Long>> answers(OverdueRule rule) {
        Map<ReportFilter, Optional<Long>> answers = new LinkedHashMap<>();
        for (ReportFilter filter : filters()) {
            answers.put(filter, counts.count(filter, rule));
        }
        return answers;
    }

    private List<ReportFilter> filters() {
        List<LocalDate[]> periods = List.of(new LocalDate[]{null, null},
                new LocalDate[]{today.minusMonths(12), today}, new LocalDate[]{today.minusDays(200), today.minusDays(90)},
                new LocalDate[]{null, today.minusDays(300)}, new LocalDate[]{today.minusDays(100), null});
        List<ReportFilter> filters = new ArrayList<>();
        for (LocalDate[] period : periods) {
            for (DateBasis basis : DateBasis.values()) {
                filters.add(new ReportFilter(period[0], period[1], basis, null, null, false));
                for (ReportStatus status : ReportStatus.values()) {
                    filters.add(new ReportFilter(period[0], period[1], basis, status, null, false));
                }
                for (OutcomeFilter outcome : OutcomeFilter.values()) {
                    filters.add(new ReportFilter(period[0], period[1], basis, null, null, false, outcome));
                }
                filters.add(new ReportFilter(period[0], period[1], basis, null, 36, false));
                filters.add(new ReportFilter(period[0], period[1], basis, null, null, true));
                for (FlagReview review : FlagReview.values()) {
                    filters.add(new ReportFilter(period[0], period[1], basis, null, null, false).withReview(review));
                }
                filters.add(new ReportFilter(period[0], period[1], basis, ReportStatus.RESPONDED, 36, false));
            }
        }
        return filters;
    }
}
