package app.waymark.destination;

import app.waymark.destination.DestinationDashboard.Figure;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportRow;
import app.waymark.destination.DestinationReport.ReportStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 4 of issue 19: "overdue" is the funder's rule (decision 0043). A destination was due within two months of
 * the leaving date (ILR rules R107/R108) for learners in the Learner Destination and Progression entity's scope, in
 * the years the ILR had that entity (2023-24 and earlier), and only a destination starting after the leaving date
 * counts. The portal adds the provider's back-population date: learners who left before it were never tracked.
 */
class FunderOverdueRuleTest extends DestinationTest {

    private static final LocalDate LEFT = LocalDate.of(2024, 6, 28);
    private static final String ACT_2 = "[{\"type\":\"ACT\",\"code\":\"2\",\"dateFrom\":\"2023-09-01\"}]";
    private static final String ACT_1 = "[{\"type\":\"ACT\",\"code\":\"1\",\"dateFrom\":\"2023-09-01\"}]";
    private static final String LOAN = "[{\"type\":\"ADL\",\"code\":\"1\",\"dateFrom\":null,\"dateTo\":null}]";

    @Autowired
    DestinationReport report;
    @Autowired
    DestinationDashboard dashboard;
    @Autowired
    DestinationSettingsService settings;
    @Autowired
    SurveyDispatch dispatch;

    DispatchTestTenant provider;
    ReportTestData data;

    @BeforeEach
    void aProviderTrackingFromTheStartOf2023() {
        provider = newProvider();
        data = new ReportTestData(provider, jdbc, transactions);
        backPopulationFrom(LocalDate.of(2023, 1, 1), false);
    }

    private void backPopulationFrom(LocalDate date, boolean tracking) {
        provider.run(() -> settings.save(new TrackingSettings(tracking, date, 0, 7, 14, 28, 28,
                ContactRuleMode.STRICT, SurveyChannels.BOTH)));
    }

    private UUID leaver(String name, LocalDate left, int fundModel, Integer progType, String fams) {
        UUID learner = data.learner(name, left);
        data.aim(learner, fundModel, 1, progType, fams);
        return learner;
    }

    private List<UUID> overdue() {
        ReportFilter filter = new ReportFilter(null, null, null, ReportStatus.OVERDUE, null, false);
        List<ReportRow> rows = provider.call(() -> report.find(filter, 0, 50));
        assertThat(provider.call(() -> report.count(filter))).isEqualTo(rows.size());
        assertThat(provider.call(() -> dashboard.lastTwelveMonths()).get(Figure.OVERDUE))
                .as("the dashboard's overdue figure is the report's count").isEqualTo(rows.size());
        assertThat(rows).allMatch(row -> row.overdue() && row.status() == ReportStatus.OVERDUE);
        return rows.stream().map(ReportRow::learnerId).toList();
    }

    @Test
    void rule4_a_learner_in_the_entitys_scope_is_overdue_two_months_after_leaving_without_a_destination() {
        UUID sixteenToNineteen = leaver("Study programme", LEFT, 25, null, "[]");
        UUID adultSkills = leaver("Adult skills", LEFT, 35, null, "[]");
        UUID esfaApprentice = leaver("ESFA apprentice", LEFT, 36, 25, ACT_2);
        UUID loan = leaver("Loan", LEFT, 99, null, LOAN);
        assertThat(overdue()).containsExactlyInAnyOrder(sixteenToNineteen, adultSkills, esfaApprentice, loan);
    }

    @Test
    void rule7_an_unconfirmed_future_outcome_starting_after_leaving_is_a_destination_so_the_learner_is_not_overdue() {
        UUID planned = leaver("Course planned", LEFT, 35, null, "[]");
        UUID nothing = leaver("Nothing yet", LEFT, 35, null, "[]");
        // Collected a week after leaving, starting two months later: a future outcome nobody confirmed (decision 0060).
        data.record(planned, "EDU", 1, LEFT.plusMonths(2), null, LEFT.plusDays(7), "SURVEY", null);

        assertThat(overdue()).containsExactly(nothing);
    }

    @Test
    void rule4_a_learner_on_an_out_of_scope_funding_model_or_programme_is_not_overdue() {
        leaver("Community learning", LEFT, 10, null, "[]");
        leaver("Levy apprentice", LEFT, 36, 25, ACT_1);
        leaver("Trailblazer", LEFT, 81, 25, "[]");
        leaver("Not funded", LEFT, 99, null, "[]");
        leaver("Bootcamp", LEFT, 37, 32, "[]");
        assertThat(overdue()).isEmpty();
    }

    @Test
    void rule4_a_learner_who_left_before_the_back_population_date_is_not_overdue() {
        backPopulationFrom(LEFT.plusDays(1), false);
        leaver("Before tracking", LEFT, 25, null, "[]");
        UUID onTheDate = leaver("From tracking", LEFT.plusDays(1), 25, null, "[]");
        assertThat(overdue()).containsExactly(onTheDate);
    }

    @Test
    void rule4_a_learner_who_left_in_2024_25_or_later_is_not_overdue_as_the_ilr_no_longer_collects_destinations() {
        UUID lastDayOf2023To24 = leaver("July 2024", LocalDate.of(2024, 7, 31), 25, null, "[]");
        leaver("August 2024", LocalDate.of(2024, 8, 1), 25, null, "[]");
        leaver("Last year", ukToday().minusMonths(3), 25, null, "[]");
        assertThat(overdue()).containsExactly(lastDayOf2023To24);
    }

    @Test
    void rule4_a_destination_starting_on_the_leaving_day_does_not_count_one_starting_the_day_after_does() {
        UUID sameDay = leaver("Same day", LEFT, 25, null, "[]");
        data.record(sameDay, "EMP", 1, LEFT, null, LEFT.plusDays(5), "MANUAL", null);
        UUID dayAfter = leaver("Day after", LEFT, 25, null, "[]");
        data.record(dayAfter, "EMP", 1, LEFT.plusDays(1), null, LEFT.plusDays(5), "MANUAL", null);
        assertThat(overdue()).containsExactly(sameDay);
    }

    @Test
    void rule4_a_destination_starting_on_the_leaving_day_does_not_stop_the_survey() {
        LocalDate left = ukToday().minusDays(3);
        backPopulationFrom(left.minusYears(1), true);
        UUID sameDay = provider.learner("Same day", "same@mail.example", null, left, "", "");
        data.record(sameDay, "EMP", 1, left, null, left, "MANUAL", null);
        UUID dayAfter = provider.learner("Day after", "after@mail.example", null, left, "", "");
        data.record(dayAfter, "EMP", 1, left.plusDays(1), null, left, "MANUAL", null);

        provider.call(dispatch::runDaily);

        assertThat(provider.count("select count(*) from survey_invitation where learner_id = ?", sameDay))
                .isEqualTo(1);
        assertThat(provider.count("select count(*) from survey_invitation where learner_id = ?", dayAfter)).isZero();
    }
}
