package app.waymark.destination;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    /** The problems as the default (UK English) text reads. */
    private static List<String> problems(List<Outcome> outcomes, LocalDate today, boolean highNeeds) {
        return InEnglish.of(OutcomeRules.problems(outcomes, today, highNeeds));
    }

    private static Outcome outcome(OutcomeType type, int code, LocalDate start, LocalDate end) {
        return new Outcome(type, code, start, end, TODAY, null);
    }

    @Test
    void valid_records_have_no_problems() {
        assertThat(problems(List.of(outcome(OutcomeType.EMP, 1, START, null), outcome(OutcomeType.EDU, 5, START, null),
                outcome(OutcomeType.EDU, 2, START, null), outcome(OutcomeType.VOL, 1, START, START.plusDays(3))), TODAY, false)).isEmpty();
    }

    @Test
    void unknown_codes_and_oth_2_are_refused() {
        assertThat(problems(List.of(outcome(OutcomeType.EMP, 3, START, null)), TODAY, false))
                .containsExactly("EMP-3 is not an outcome code.");
        assertThat(problems(List.of(outcome(OutcomeType.OTH, 2, START, null)), TODAY, false))
                .containsExactly("OTH-2 is not valid for an outcome starting on 1 September 2026 (it was withdrawn"
                        + " after 31 July 2015).");
    }

    @Test
    void codes_valid_on_the_start_date_oth_2_only_for_outcomes_starting_by_31_july_2015() {
        LocalDate collected = LocalDate.of(2015, 9, 1);
        assertThat(problems(List.of(new Outcome(OutcomeType.OTH, 2, LocalDate.of(2015, 7, 31), null, collected,
                null)), collected, false)).isEmpty();
        assertThat(problems(List.of(new Outcome(OutcomeType.OTH, 2, LocalDate.of(2015, 8, 1), null, collected,
                null)), collected, false)).singleElement().asString()
                .startsWith("OTH-2 is not valid for an outcome starting on 1 August 2015");
        assertThat(OutcomeCode.OTH_2.current(TODAY)).as("not offered for new records").isFalse();
        assertThat(OutcomeCode.EMP_1.current(TODAY)).isTrue();
    }

    @Test
    void future_outcomes_may_start_up_to_a_year_after_collection_but_not_later() {
        assertThat(problems(List.of(outcome(OutcomeType.EDU, 6, TODAY.plusYears(1), null)), TODAY, false))
                .isEmpty();
        assertThat(problems(List.of(outcome(OutcomeType.EDU, 6, TODAY.plusYears(1).plusDays(1), null)), TODAY,
                false)).singleElement().asString().contains("more than a year after it was collected");
    }

    @Test
    void the_same_type_twice_on_one_start_date_is_refused_except_edu_up_to_two() {
        assertThat(problems(List.of(outcome(OutcomeType.GAP, 1, START, null), outcome(OutcomeType.GAP, 1, START, null)),
                TODAY, false)).singleElement().asString().contains("2 GAP outcomes");
        assertThat(problems(List.of(outcome(OutcomeType.EDU, 1, START, null), outcome(OutcomeType.EDU, 4, START, null),
                outcome(OutcomeType.EDU, 6, START, null)), TODAY, false)).singleElement().asString()
                .contains("at most two");
    }

    @Test
    void emp_and_npe_never_share_a_start_date() {
        assertThat(problems(List.of(outcome(OutcomeType.EMP, 2, START, null), outcome(OutcomeType.NPE, 1, START, null)),
                TODAY, false)).singleElement().asString().startsWith("Paid work (EMP) and not in paid work (NPE)");
    }

    @Test
    void end_before_start_future_collection_and_starts_over_ten_years_back_are_refused() {
        assertThat(problems(List.of(outcome(OutcomeType.VOL, 1, START, START.minusDays(1))), TODAY, false))
                .singleElement().asString().contains("ends");
        assertThat(problems(List.of(new Outcome(OutcomeType.VOL, 1, START, null, TODAY.plusDays(1), null)),
                TODAY, false)).singleElement().asString().contains("in the future");
        assertThat(problems(List.of(outcome(OutcomeType.VOL, 1, LocalDate.of(2016, 7, 31), null)), TODAY,
                false)).singleElement().asString().contains("more than 10 years");
        assertThat(problems(List.of(outcome(OutcomeType.VOL, 1, LocalDate.of(2016, 8, 1), null)), TODAY,
                false)).isEmpty();
    }

    @Test
    void social_destinations_only_for_high_needs_learners() {
        assertThat(problems(List.of(outcome(OutcomeType.SDE, 2, START, null)), TODAY, false)).hasSize(1);
        assertThat(problems(List.of(outcome(OutcomeType.SDE, 2, START, null)), TODAY, true)).isEmpty();
    }
}
