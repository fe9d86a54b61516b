package app.waymark.learner;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static app.waymark.learner.LearnerStates.employment;
import static org.assertj.core.api.Assertions.assertThat;

class OffTheJobHoursTest {

    private static final LocalDate SEP_2022 = LocalDate.of(2022, 9, 1);
    private static final LocalDate AUG_2023 = LocalDate.of(2023, 8, 31);

    @Test
    void the_rules_follow_the_programme_start_date() {
        assertThat(OffTheJobHours.rulesFor(LocalDate.of(2022, 7, 31))).isEmpty();
        assertThat(OffTheJobHours.rulesFor(LocalDate.of(2022, 8, 1))).contains(OffTheJobHours.Rules.FROM_AUGUST_2022);
        assertThat(OffTheJobHours.rulesFor(LocalDate.of(2025, 7, 31))).contains(OffTheJobHours.Rules.FROM_AUGUST_2022);
        assertThat(OffTheJobHours.rulesFor(LocalDate.of(2025, 8, 1))).contains(OffTheJobHours.Rules.FROM_AUGUST_2025);
    }

    @Test
    void twelve_months_full_time_under_the_2022_rules_is_six_hours_a_week_less_statutory_leave() {
        var minimum = OffTheJobHours.minimum(OffTheJobHours.Rules.FROM_AUGUST_2022,
                List.of(new OffTheJobHours.Period(SEP_2022, AUG_2023, new BigDecimal("37.5"))));
        // 6 hours x (52 - 5.6) weeks = 278.4, rounded up to a whole hour
        assertThat(minimum.hours()).isEqualTo(279);
    }

    @Test
    void under_thirty_paid_hours_the_2022_minimum_is_pro_rata() {
        var minimum = OffTheJobHours.minimum(OffTheJobHours.Rules.FROM_AUGUST_2022,
                List.of(new OffTheJobHours.Period(SEP_2022, AUG_2023, new BigDecimal("20"))));
        // 6 x 20/30 = 4 hours a week x 46.4 weeks = 185.6
        assertThat(minimum.hours()).isEqualTo(186);
        assertThat(OffTheJobHours.weeklyRate(new BigDecimal("20"))).isEqualTo(4.0);
        assertThat(OffTheJobHours.weeklyRate(new BigDecimal("30"))).isEqualTo(6.0);
    }

    @Test
    void hours_not_recorded_are_taken_as_full_time() {
        var unknown = OffTheJobHours.minimum(OffTheJobHours.Rules.FROM_AUGUST_2022,
                List.of(new OffTheJobHours.Period(SEP_2022, AUG_2023, null)));
        assertThat(unknown.hours()).isEqualTo(279);
    }

    @Test
    void part_time_takes_proportionally_longer_to_deliver_the_same_hours() {
        double hundredDaysFullTime = OffTheJobHours.hours2022(
                new OffTheJobHours.Period(SEP_2022, SEP_2022.plusDays(99), null));
        assertThat(OffTheJobHours.daysToDeliver(hundredDaysFullTime, new BigDecimal("30"))).isEqualTo(100);
        assertThat(OffTheJobHours.daysToDeliver(hundredDaysFullTime, new BigDecimal("15"))).isEqualTo(200);
        assertThat(OffTheJobHours.daysToDeliver(0, null)).isZero();
    }

    @Test
    void the_2025_rules_ask_187_hours_whatever_the_paid_hours() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        var fullTime = OffTheJobHours.minimum(OffTheJobHours.Rules.FROM_AUGUST_2025,
                List.of(new OffTheJobHours.Period(start, start.plusMonths(18), new BigDecimal("40"))));
        var partTime = OffTheJobHours.minimum(OffTheJobHours.Rules.FROM_AUGUST_2025,
                List.of(new OffTheJobHours.Period(start, start.plusMonths(8), new BigDecimal("16"))));
        assertThat(fullTime.hours()).isEqualTo(187);
        assertThat(partTime.hours()).isEqualTo(187);
    }

    @Test
    void a_change_of_employer_splits_the_2022_minimum_into_two_periods_at_their_own_hours() {
        var periods = OffTheJobHours.periods(LocalDate.of(2024, 9, 2), LocalDate.of(2026, 3, 1), List.of(
                employment(LocalDate.of(2024, 8, 1), 123456780L, "37"),
                employment(LocalDate.of(2025, 3, 3), 123456789L, "20")));
        assertThat(periods).containsExactly(
                new OffTheJobHours.Period(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 3, 2), new BigDecimal("37")),
                new OffTheJobHours.Period(LocalDate.of(2025, 3, 3), LocalDate.of(2026, 3, 1), new BigDecimal("20")));
        var minimum = OffTheJobHours.minimum(OffTheJobHours.Rules.FROM_AUGUST_2022, periods);
        // 182 days full time: 138.8 hours; 364 days at 20 hours (4 a week): 185.1 hours
        assertThat(minimum.periods()).extracting(OffTheJobHours.PeriodMinimum::hours).containsExactly(139, 186);
        assertThat(minimum.hours()).isEqualTo(325);
    }

    @Test
    void a_change_of_employer_shares_the_2025_minimum_between_the_periods_by_their_length() {
        var periods = OffTheJobHours.periods(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 4, 30), List.of(
                employment(LocalDate.of(2025, 8, 20), 123456780L, "37"),
                employment(LocalDate.of(2026, 1, 1), 123456789L, "20")));
        var minimum = OffTheJobHours.minimum(OffTheJobHours.Rules.FROM_AUGUST_2025, periods);
        // 122 and 120 days of 242
        assertThat(minimum.periods()).extracting(OffTheJobHours.PeriodMinimum::hours).containsExactly(94, 93);
        assertThat(minimum.hours()).isEqualTo(187);
    }

    @Test
    void records_before_the_start_only_set_the_first_periods_hours_and_those_after_the_end_are_ignored() {
        var periods = OffTheJobHours.periods(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 8, 31), List.of(
                employment(LocalDate.of(2023, 1, 1), 1L, "16"), employment(LocalDate.of(2024, 6, 1), 2L, "35"),
                employment(LocalDate.of(2025, 9, 1), 3L, "20")));
        assertThat(periods).singleElement().isEqualTo(new OffTheJobHours.Period(LocalDate.of(2024, 9, 2),
                LocalDate.of(2025, 8, 31), new BigDecimal("35")));
        assertThat(OffTheJobHours.hoursOn(LocalDate.of(2025, 9, 1), List.of(
                employment(LocalDate.of(2024, 6, 1), 2L, "35"), employment(LocalDate.of(2025, 9, 1), 3L, "20"))))
                .isEqualByComparingTo("20");
    }
}
