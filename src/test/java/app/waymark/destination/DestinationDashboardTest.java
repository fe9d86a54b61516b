package app.waymark.destination;

import app.waymark.base.security.Permission;
import app.waymark.destination.DestinationDashboard.Figure;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's figures on a fresh provider whose surveys and outcome records are known one by one. */
class DestinationDashboardTest extends DestinationTest {

    @Autowired
    DestinationDashboard dashboard;
    @Autowired
    DestinationReport report;

    DispatchTestTenant provider;
    DestinationTestData data;
    LocalDate today;
    Instant now;

    @BeforeEach
    void freshProvider() {
        provider = newProvider();
        data = new DestinationTestData(provider, jdbc, transactions);
        today = ukToday();
        now = clock.instant();
    }

    @Test
    void counts_surveys_outcomes_positive_share_overdue_and_flagged_records() {
        LocalDate longAgo = today.minusDays(100);
        // Surveys sent in the period: waiting, answered (EMP), no response (OTH-3 flagged), unsubscribed (OTH-3).
        UUID waiting = provider.learner("Ann", "ann@mail.example", null, today.minusDays(10), "", "");
        data.invitation(waiting, today.minusDays(10), "SENT", now);
        UUID answered = provider.learner("Ben", "ben@mail.example", null, longAgo, "", "");
        data.invitation(answered, longAgo, "ANSWERED", now);
        data.record(answered, "EMP", 1, longAgo.plusDays(1), today, "SURVEY", null);
        UUID silent = provider.learner("Cara", "cara@mail.example", null, longAgo, "", "");
        data.invitation(silent, longAgo, "NO_RESPONSE", now);
        data.record(silent, "OTH", 3, longAgo.plusDays(1), today, "AUTOMATIC", "NO_RESPONSE");
        UUID unsubscribed = provider.learner("Dev", "dev@mail.example", null, longAgo, "", "");
        data.invitation(unsubscribed, longAgo, "UNSUBSCRIBED", now);
        data.record(unsubscribed, "OTH", 3, longAgo.plusDays(1), today, "AUTOMATIC", "UNSUBSCRIBED");
        // Not contactable, flagged; and one entered by staff (EDU).
        UUID unreachable = provider.learner("Eve", null, null, longAgo, "", "");
        data.record(unreachable, "OTH", 3, longAgo.plusDays(1), today, "AUTOMATIC", "NOT_CONTACTABLE");
        UUID phoned = provider.learner("Finn", null, null, longAgo, "", "");
        data.record(phoned, "EDU", 2, longAgo.plusDays(1), today, "MANUAL", null);
        // Overdue (decision 0043): left in 2023-24 on a funding model the funder required a destination for, nothing
        // recorded. Not overdue: left a month ago; still learning.
        UUID gil = provider.learner("Gil", null, null, LocalDate.of(2024, 6, 28), "", "");
        new ReportTestData(provider, jdbc, transactions).aim(gil, 25, 1);
        provider.learner("Hal", null, null, today.minusMonths(1), "", "");
        provider.learner("Ida", null, null, null, "", "");
        // Two years ago: outside the period, and it has a destination, so not overdue either.
        UUID old = provider.learner("Jo", "jo@mail.example", null, today.minusYears(2), "", "");
        data.invitation(old, today.minusYears(2), "ANSWERED", now.minus(Duration.ofDays(730)));
        data.record(old, "VOL", 1, today.minusYears(2).plusDays(1), today.minusYears(2), "SURVEY", null);

        DestinationDashboard.Figures f = provider.call(dashboard::lastTwelveMonths);

        assertThat(f.from()).isEqualTo(YearMonth.from(today).minusMonths(11).atDay(1));
        assertThat(f.to()).isEqualTo(today);
        assertThat(f.sent()).isEqualTo(4);
        assertThat(f.answered()).isEqualTo(1);
        assertThat(f.responseRatePercent()).isEqualTo(25);
        assertThat(f.get(Figure.WAITING)).isEqualTo(1);
        assertThat(f.get(Figure.NO_RESPONSE)).isEqualTo(1);
        assertThat(f.get(Figure.UNSUBSCRIBED)).isEqualTo(1);
        assertThat(f.get(Figure.NOT_CONTACTABLE)).isEqualTo(1);
        assertThat(f.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of(OutcomeFilter.EMP, 1, OutcomeFilter.EDU,
                1, OutcomeFilter.VOL, 0, OutcomeFilter.GAP, 0, OutcomeFilter.SDE, 0, OutcomeFilter.NPE, 0,
                OutcomeFilter.OTH, 3, OutcomeFilter.POSITIVE, 2, OutcomeFilter.ANY, 5));
        assertThat(f.positivePercent()).isEqualTo(40);
        assertThat(f.get(Figure.OVERDUE)).isEqualTo(1);
        assertThat(f.get(Figure.FLAGGED)).isEqualTo(3);
        assertThat(f.months()).hasSize(12);
        assertThat(f.months().getLast()).isEqualTo(new DestinationDashboard.MonthFigures(YearMonth.from(today), 4,
                1));
        assertThat(f.months().subList(0, 11)).allSatisfy(m -> assertThat(m.sent() + m.answered()).isZero());
    }

    @Test
    void a_learner_counts_once_per_outcome_type_and_under_both_types_when_outcomes_differ() {
        LocalDate left = today.minusDays(60);
        UUID twoJobs = provider.learner("Kit", null, null, left, "", "");
        data.record(twoJobs, "EMP", 1, left.plusDays(1), today, "MANUAL", null);
        data.record(twoJobs, "EMP", 2, left.plusDays(20), today, "MANUAL", null);
        UUID thenLooking = provider.learner("Lou", null, null, left, "", "");
        data.record(thenLooking, "EMP", 1, left.plusDays(1), today, "MANUAL", null);
        data.record(thenLooking, "NPE", 1, left.plusDays(30), today, "MANUAL", null);

        DestinationDashboard.Figures f = provider.call(dashboard::lastTwelveMonths);

        assertThat(f.outcomes().get(OutcomeFilter.EMP)).isEqualTo(2);
        assertThat(f.outcomes().get(OutcomeFilter.NPE)).isEqualTo(1);
        assertThat(f.positive()).isEqualTo(2);
        assertThat(f.outcomeTotal()).isEqualTo(2);
        assertThat(f.positivePercent()).isEqualTo(100);
    }

    @Test
    void every_figure_is_the_number_of_report_rows_its_link_lists() {
        LocalDate longAgo = today.minusDays(100);
        String[][] cases = {{"SENT", null}, {"ANSWERED", "EMP"}, {"NO_RESPONSE", "OTH"}, {"UNSUBSCRIBED", "OTH"}};
        for (String[] c : cases) {
            UUID learner = provider.learner("L" + c[0], "l@mail.example", null, longAgo, "", "");
            data.invitation(learner, longAgo, c[0], now);
            if (c[1] != null) {
                data.record(learner, c[1], c[1].equals("EMP") ? 1 : 3, longAgo.plusDays(1), today,
                        c[1].equals("EMP") ? "SURVEY" : "AUTOMATIC", c[1].equals("OTH") ? c[0] : null);
            }
        }
        UUID unreachable = provider.learner("Eve", null, null, longAgo, "", "");
        data.record(unreachable, "OTH", 3, longAgo.plusDays(1), today, "AUTOMATIC", "NOT_CONTACTABLE");
        UUID lastYear = provider.learner("Old", null, null, today.minusYears(2), "", "");
        data.record(lastYear, "EDU", 4, today.minusYears(2).plusDays(1), today.minusYears(2), "MANUAL", null);
        // Overdue (decision 0043): 2023-24 leavers in the funder's scope with no destination starting after leaving.
        ReportTestData aims = new ReportTestData(provider, jdbc, transactions);
        UUID gil = provider.learner("Gil", null, null, LocalDate.of(2024, 6, 28), "", "");
        aims.aim(gil, 25, 1);
        UUID sameDay = provider.learner("Hana", null, null, LocalDate.of(2024, 5, 31), "", "");
        aims.aim(sameDay, 35, 1);
        data.record(sameDay, "EMP", 1, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 3), "MANUAL", null);

        DestinationDashboard.Figures f = provider.call(dashboard::lastTwelveMonths);

        for (Figure figure : Figure.values()) {
            ReportFilter filter = DestinationDashboard.filterFor(figure, f.from(), f.to());
            assertThat(provider.call(() -> report.count(filter))).as(figure.name()).isEqualTo(f.get(figure))
                    .isEqualTo(provider.call(() -> report.find(filter, 0, 100)).size());
        }
        for (OutcomeFilter outcome : OutcomeFilter.values()) {
            ReportFilter filter = DestinationDashboard.filterFor(outcome, f.from(), f.to());
            assertThat(provider.call(() -> report.count(filter))).as(outcome.name())
                    .isEqualTo((long) f.outcomes().get(outcome))
                    .isEqualTo(provider.call(() -> report.find(filter, 0, 100)).size());
        }
        assertThat(f.outcomes().get(OutcomeFilter.ANY)).isEqualTo(4);
        assertThat(f.get(Figure.OVERDUE)).isEqualTo(2);
    }

    @Test
    void figures_of_a_past_period_count_only_records_collected_in_it_when_later_ones_exist() {
        LocalDate from = today.minusDays(200);
        LocalDate to = today.minusDays(100);
        LocalDate in = today.minusDays(150);
        LocalDate left = today.minusDays(400);
        // Alf: EMP in the period, EDU after it. Bea: EMP only after it. Cy: not contactable in it.
        UUID alf = provider.learner("Alf", null, null, left, "", "");
        data.record(alf, "EMP", 1, left.plusDays(1), in, "MANUAL", null);
        data.record(alf, "EDU", 2, left.plusDays(30), today.minusDays(10), "MANUAL", null);
        UUID bea = provider.learner("Bea", null, null, left, "", "");
        data.record(bea, "EMP", 1, left.plusDays(1), today.minusDays(50), "MANUAL", null);
        UUID cy = provider.learner("Cy", null, null, left, "", "");
        data.record(cy, "OTH", 3, left.plusDays(1), today.minusDays(120), "AUTOMATIC", "NOT_CONTACTABLE");
        // Di: an OTH-3 in the period that was superseded (counts for nothing) and NPE in it.
        UUID di = provider.learner("Di", null, null, left, "", "");
        UUID superseded = data.record(di, "OTH", 3, left.plusDays(1), in, "AUTOMATIC", "NO_RESPONSE");
        data.record(di, "NPE", 1, left.plusDays(2), in, "MANUAL", null);
        provider.run(() -> transactions.executeWithoutResult(tx -> jdbc.update("""
                update destination_record set superseded_at = now(), superseded_by = 'test',
                    supersede_reason = 'test' where id = ?""", superseded)));
        // Ed: VOL before the period. Flo: not contactable before it, EMP in it. Gus: EMP in it, not contactable after.
        UUID ed = provider.learner("Ed", null, null, left, "", "");
        data.record(ed, "VOL", 1, left.plusDays(1), today.minusDays(300), "MANUAL", null);
        UUID flo = provider.learner("Flo", null, null, left, "", "");
        data.record(flo, "OTH", 3, left.plusDays(1), today.minusDays(300), "AUTOMATIC", "NOT_CONTACTABLE");
        data.record(flo, "EMP", 1, left.plusDays(40), in, "MANUAL", null);
        UUID gus = provider.learner("Gus", null, null, left, "", "");
        data.record(gus, "EMP", 1, left.plusDays(1), in, "MANUAL", null);
        data.record(gus, "OTH", 3, left.plusDays(60), today.minusDays(20), "AUTOMATIC", "NOT_CONTACTABLE");

        DestinationDashboard.Figures f = provider.call(() -> dashboard.figures(from, to));

        assertThat(f.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of(OutcomeFilter.EMP, 3, OutcomeFilter.EDU,
                0, OutcomeFilter.VOL, 0, OutcomeFilter.GAP, 0, OutcomeFilter.SDE, 0, OutcomeFilter.NPE, 1,
                OutcomeFilter.OTH, 1, OutcomeFilter.POSITIVE, 3, OutcomeFilter.ANY, 5));
        assertThat(f.get(Figure.NOT_CONTACTABLE)).isEqualTo(3);
        for (OutcomeFilter outcome : OutcomeFilter.values()) {
            ReportFilter filter = DestinationDashboard.filterFor(outcome, from, to);
            assertThat(provider.call(() -> report.count(filter))).as(outcome.name())
                    .isEqualTo((long) f.outcomes().get(outcome))
                    .isEqualTo(provider.call(() -> report.find(filter, 0, 100)).size());
        }
        ReportFilter notContactable = DestinationDashboard.filterFor(Figure.NOT_CONTACTABLE, from, to);
        assertThat(provider.call(() -> report.count(notContactable))).isEqualTo(3);
        assertThat(provider.call(() -> report.find(notContactable, 0, 100))).extracting(r -> r.learnerId())
                .containsExactlyInAnyOrder(cy, flo, gus);
        // Open-ended ranges: from only, and to only.
        assertThat(provider.call(() -> report.count(new ReportFilter(from, null, DateBasis.COLLECTED, null, null,
                false, OutcomeFilter.EMP)))).isEqualTo(4);
        assertThat(provider.call(() -> report.count(new ReportFilter(null, to, DateBasis.COLLECTED, null, null,
                false, OutcomeFilter.ANY)))).isEqualTo(6);
    }

    @Test
    void an_empty_provider_has_zeros_and_no_rates() {
        DestinationDashboard.Figures f = provider.call(dashboard::lastTwelveMonths);

        assertThat(f.sent()).isZero();
        assertThat(f.responseRatePercent()).isNull();
        assertThat(f.positivePercent()).isNull();
        assertThat(f.get(Figure.OVERDUE)).isZero();
    }

    @Test
    void a_user_without_reports_view_is_refused() {
        DispatchTestTenant.actAsWithPermissions(Permission.LEARNER_VIEW, Permission.LEARNER_EDIT);

        assertThatThrownBy(() -> provider.call(dashboard::lastTwelveMonths))
                .isInstanceOf(AccessDeniedException.class);
    }
}
