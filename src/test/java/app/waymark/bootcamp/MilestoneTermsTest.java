package app.waymark.bootcamp;

import app.waymark.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilestoneTermsTest {

    private static final MilestoneTerms DFE = MilestoneTerms.DFE_2022_TO_2024;

    private static List<MilestoneDefinition> shares(int start, int completion, int outcome) {
        return List.of(new MilestoneDefinition(Milestone.START, "Start", BigDecimal.valueOf(start)),
                new MilestoneDefinition(Milestone.COMPLETION, "Completion", BigDecimal.valueOf(completion)),
                new MilestoneDefinition(Milestone.OUTCOME, "Outcome", BigDecimal.valueOf(outcome)));
    }

    @Test
    void the_dfe_defaults_pay_45_35_20_percent_of_the_price_after_5_days_with_6_months_for_an_outcome() {
        assertThat(DFE.value(Milestone.START, new BigDecimal("2999.99"))).isEqualByComparingTo("1350.00");
        assertThat(DFE.value(Milestone.COMPLETION, new BigDecimal("2999.99"))).isEqualByComparingTo("1050.00");
        assertThat(DFE.value(Milestone.OUTCOME, new BigDecimal("2999.99"))).isEqualByComparingTo("600.00");
        assertThat(DFE.value(Milestone.START, null)).isNull();
        assertThat(DFE.qualifyingDays()).isEqualTo(5);
        assertThat(DFE.qualifyingHours()).isEqualTo(5);
        assertThat(DFE.outcomeDeadline()).isEqualTo(Period.ofMonths(6));
        assertThat(DFE.definition(Milestone.COMPLETION).name()).isEqualTo("Completion");
    }

    @Test
    void a_contracts_own_terms_change_the_payments_and_the_qualifying_period() {
        MilestoneTerms terms = new MilestoneTerms(shares(30, 40, 30), 10, 10, Period.ofMonths(3));
        Coding.Result result = Coding.working(RecordingRules.EVI_FAM)
                .evaluate(terms, new BigDecimal("1000"), LocalDate.of(2026, 1, 10));
        assertThat(result.trigger(Milestone.START)).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(result.evaluation().verdict(Milestone.COMPLETION).value()).isEqualByComparingTo("400.00");
        assertThat(result.evaluation().expectedPayment()).isEqualByComparingTo("700.00");
        assertThat(result.note(Milestone.OUTCOME)).isEqualTo("Waiting for a positive outcome (ZPROG001 Outcome 1 "
                + "with its achievement date) by 28/02/2026.");
    }

    @Test
    void no_price_means_no_expected_payment() {
        assertThat(Coding.working(RecordingRules.EVI_FAM).evaluate(LocalDate.of(2026, 1, 10)).evaluation()
                .expectedPayment()).isNull();
    }

    @Test
    void shares_must_add_up_to_100_percent() {
        assertThatThrownBy(() -> new MilestoneTerms(shares(45, 35, 25), 5, 5, Period.ofMonths(6)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The shares of M1, M2 and M3 must add up to 100%, not 105%");
    }

    @Test
    void each_milestone_is_defined_once_with_a_name() {
        List<MilestoneDefinition> twice = List.of(shares(45, 35, 20).get(0), shares(45, 35, 20).get(0),
                shares(45, 35, 20).get(2));
        assertThatThrownBy(() -> new MilestoneTerms(twice, 5, 5, Period.ofMonths(6)))
                .isInstanceOf(InvalidInputException.class).hasMessage("M1 is defined twice");
        List<MilestoneDefinition> unnamed = List.of(new MilestoneDefinition(Milestone.START, " ", BigDecimal.TEN),
                shares(10, 70, 20).get(1), shares(10, 70, 20).get(2));
        assertThatThrownBy(() -> new MilestoneTerms(unnamed, 5, 5, Period.ofMonths(6)))
                .isInstanceOf(InvalidInputException.class).hasMessage("M1 needs a name");
    }

    @Test
    void the_qualifying_period_and_outcome_deadline_must_be_positive() {
        assertThatThrownBy(() -> new MilestoneTerms(shares(45, 35, 20), 0, 5, Period.ofMonths(6)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The qualifying period must be at least 1 day");
        assertThatThrownBy(() -> new MilestoneTerms(shares(45, 35, 20), 5, 5, Period.ZERO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The outcome deadline must be a positive period");
    }
}
