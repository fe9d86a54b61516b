package app.waymark.destination;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19 rule 7 (decision 0060): a future outcome (starting after it was collected) counts as the learner's
 * destination only once confirmed; staff confirm it once its start date has passed.
 */
class FutureOutcomesTest extends DestinationTest {

    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    @Autowired
    FutureOutcomes futureOutcomes;
    @Autowired
    LearnerDestinations learnerDestinations;
    @Autowired
    DestinationReport report;
    @Autowired
    DestinationDashboard dashboard;
    @Autowired
    ManualDestinations manual;

    DispatchTestTenant provider;
    DestinationTestData data;
    LocalDate today;
    LocalDate left;

    @BeforeEach
    void freshProvider() {
        provider = newProvider();
        data = new DestinationTestData(provider, jdbc, transactions);
        today = ukToday();
        left = today.minusDays(100);
    }

    private ReportRow line(UUID learner) {
        List<ReportRow> rows = new ArrayList<>();
        provider.run(() -> report.forEach(ReportFilter.ALL, List.of(learner), rows::add));
        return rows.getFirst();
    }

    /** The learners the report lists for the filter (its rows, not its count). */
    private List<UUID> listed(ReportFilter filter) {
        return provider.call(() -> report.find(filter, 0, 50)).stream().map(ReportRow::learnerId).toList();
    }

    private long count(ReportFilter filter) {
        return provider.call(() -> report.count(filter));
    }

    private Map<String, Object> row(UUID record) {
        return provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from destination_record where id = ?", record)));
    }

    private List<String> audits(UUID learner) {
        return provider.call(() -> transactions.execute(status -> jdbc.queryForList("""
                select actor_name || ': ' || details_after::text from audit_event
                where action = 'DESTINATION_OUTCOME_CONFIRMED' and subject_id = ?""", String.class,
                learner.toString())));
    }

    private LearnerDestinations.DestinationRecord history(UUID learner, UUID record) {
        return provider.call(() -> learnerDestinations.records(learner)).stream()
                .filter(r -> r.id().equals(record)).findFirst().orElseThrow();
    }

    @Test
    void rule_7_a_future_outcome_is_not_counted_as_positive_on_the_dashboard_or_report_until_confirmed() {
        // Ann told staff 30 days ago that she starts work 5 days ago (a future outcome then), and later volunteered.
        UUID ann = provider.learner("Ann", "ann@mail.example", null, left, "", "");
        UUID work = data.record(ann, "EMP", 1, today.minusDays(5), today.minusDays(30), "MANUAL", null);
        data.record(ann, "VOL", 1, today.minusDays(3), today.minusDays(2), "MANUAL", null);
        UUID ben = provider.learner("Ben", "ben@mail.example", null, left, "", "");
        data.record(ben, "NPE", 1, left.plusDays(10), today.minusDays(30), "MANUAL", null);
        // A past period holding both EMP-1 and NPE-1: Ann's line was collected after it, so her records are read.
        LocalDate from = today.minusDays(40);
        LocalDate to = today.minusDays(20);
        LocalDate yearAgo = java.time.YearMonth.from(today).minusMonths(11).atDay(1);

        DestinationDashboard.Figures past = provider.call(() -> dashboard.figures(from, to));
        assertThat(past.positive()).isZero();
        assertThat(past.outcomeTotal()).isEqualTo(1);
        assertThat(provider.call(dashboard::lastTwelveMonths).outcomes()).containsEntry(OutcomeFilter.EMP, 0);
        assertThat(count(DestinationDashboard.filterFor(OutcomeFilter.EMP, yearAgo, today))).isZero();
        assertThat(line(ann).outcomes()).isEqualTo("VOL-1");
        assertThat(count(DestinationDashboard.filterFor(OutcomeFilter.POSITIVE, from, to))).isZero();
        assertThat(count(ReportFilter.ALL.withOutcome(OutcomeFilter.EMP))).isZero();
        assertThat(listed(ReportFilter.ALL.withOutcome(OutcomeFilter.EMP))).isEmpty();
        assertThat(provider.call(() -> report.records(ann))).extracting(r -> r.outcome().label())
                .containsExactly("VOL-1");
        assertThat(history(ann, work).awaitingConfirmation()).isTrue();

        provider.run(() -> futureOutcomes.confirmStarted(work));

        assertThat(line(ann).outcomes()).isEqualTo("VOL-1, EMP-1");
        assertThat(provider.call(dashboard::lastTwelveMonths).outcomes()).containsEntry(OutcomeFilter.EMP, 1);
        assertThat(count(DestinationDashboard.filterFor(OutcomeFilter.EMP, yearAgo, today))).isEqualTo(1);
        past = provider.call(() -> dashboard.figures(from, to));
        assertThat(past.positive()).isEqualTo(1);
        assertThat(past.outcomeTotal()).isEqualTo(2);
        assertThat(count(DestinationDashboard.filterFor(OutcomeFilter.POSITIVE, from, to))).isEqualTo(1);
        assertThat(count(ReportFilter.ALL.withOutcome(OutcomeFilter.EMP))).isEqualTo(1);
        assertThat(listed(ReportFilter.ALL.withOutcome(OutcomeFilter.EMP))).containsExactly(ann);
        LearnerDestinations.DestinationRecord confirmed = history(ann, work);
        assertThat(confirmed.awaitingConfirmation()).isFalse();
        assertThat(confirmed.confirmed().by()).isEqualTo("Waymark (system)");
        assertThat(row(work).get("confirmed_at")).isNotNull();
        assertThat(audits(ann)).singleElement().satisfies(audit -> assertThat(audit)
                .startsWith("Waymark (system): ").contains("EMP-1").contains("Confirmed started by staff"));
    }

    @Test
    void rule_7_an_unconfirmed_future_outcome_still_goes_to_the_ILR_file() {
        UUID ann = provider.learner("Ann", "ann@mail.example", null, left, "", "");
        data.record(ann, "EDU", 1, today.plusDays(30), today.minusDays(1), "SURVEY", null);

        List<String> exported = new ArrayList<>();
        for (boolean inIlrFile : List.of(true, false)) {
            provider.run(() -> report.forEachIlrRecord(ReportFilter.ALL, List.of(ann), inIlrFile,
                    record -> exported.add(record.record().outcome().label())));
        }
        assertThat(exported).containsExactly("EDU-1");
        assertThat(line(ann).outcomes()).isNull();
    }

    @Test
    void rule_7_confirming_before_the_start_date_is_refused_with_a_clear_message_and_changes_nothing() {
        UUID cara = provider.learner("Cara", "cara@mail.example", null, left, "", "");
        LocalDate start = today.plusDays(10);
        UUID course = data.record(cara, "EDU", 1, start, today.minusDays(1), "SURVEY", null);
        UUID started = data.record(cara, "EMP", 1, left.plusDays(5), today.minusDays(50), "MANUAL", null);

        assertThatThrownBy(() -> provider.run(() -> futureOutcomes.confirmStarted(course)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("EDU-1 starts on " + LONG_DATE.format(start)
                                + ": it can be confirmed as started from that day."));
        assertThatThrownBy(() -> provider.run(() -> futureOutcomes.confirmStarted(started)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .endsWith("so it counts already."));
        clock.advance(java.time.Duration.ofDays(11));
        DispatchTestTenant.actAsWithPermissions(Permission.LEARNER_VIEW, Permission.REPORTS_VIEW);
        assertThatThrownBy(() -> provider.run(() -> futureOutcomes.confirmStarted(course)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(row(course)).containsEntry("confirmed_at", null).containsEntry("confirmed_by", null);
        assertThat(audits(cara)).isEmpty();
        assertThat(line(cara).outcomes()).isEqualTo("EMP-1");
    }

    @Test
    void rule_7_a_future_outcome_is_confirmed_once_and_a_staff_change_of_its_start_date_asks_again() {
        UUID dev = provider.learner("Dev", "dev@mail.example", null, left, "", "");
        UUID work = data.record(dev, "EMP", 1, today.minusDays(2), today.minusDays(20), "MANUAL", null);
        provider.run(() -> futureOutcomes.confirmStarted(work));

        assertThatThrownBy(() -> provider.run(() -> futureOutcomes.confirmStarted(work)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .startsWith("EMP-1 was already confirmed by Waymark (system) on "));
        assertThat(audits(dev)).hasSize(1);
        assertThat(line(dev).outcomes()).isEqualTo("EMP-1");

        provider.run(() -> manual.edit(work, new ManualDestinations.Entry(OutcomeType.EMP, 1, today.minusDays(1),
                null, today.minusDays(20))));

        assertThat(row(work)).containsEntry("confirmed_at", null).containsEntry("confirmed_by", null);
        assertThat(history(dev, work).awaitingConfirmation()).isTrue();
        assertThat(line(dev).outcomes()).isNull();
    }
}
