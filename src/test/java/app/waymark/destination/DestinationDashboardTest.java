package app.waymark.destination;

import app.waymark.base.security.Permission;
import app.waymark.destination.DestinationDashboard.Figure;
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
