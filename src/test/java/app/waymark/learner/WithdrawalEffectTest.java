package app.waymark.learner;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static app.waymark.learner.LearnerStates.apprenticeship;
import static app.waymark.learner.LearnerStates.clockOn;
import static app.waymark.learner.LearnerStates.state;
import static app.waymark.learner.LearnerStates.translated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WithdrawalEffectTest {

    private final WithdrawalEffect effect = new WithdrawalEffect(null, clockOn(LocalDate.of(2025, 6, 30)));

    @Test
    void open_aims_are_withdrawn_with_the_reason_and_reporting_categories_are_left_alone() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null),
                apprenticeship(2, "60346539", 3, 2, LocalDate.of(2025, 1, 10))), List.of());
        ChangePlan plan = translated(effect.plan(learner, new RecordChange.Withdrawal(LocalDate.of(2025, 5, 16), 29)));

        assertThat(plan.effects()).containsExactly(
                Sentence.of("change.effect.withdrawal-aim", "Aim 1 ZPROG001", "16/05/2025", "29"),
                Sentence.of("change.effect.status.WITHDRAWN", "16/05/2025"),
                Sentence.of("change.effect.withdrawal-reporting"));
        assertThat(plan.fields()).containsExactly(
                new FieldChange("Aim 1 ZPROG001", "CompStatus", "1", "3"),
                new FieldChange("Aim 1 ZPROG001", "LearnActEndDate", null, "16/05/2025"),
                new FieldChange("Aim 1 ZPROG001", "WithdrawReason", null, "29"),
                new FieldChange("Aim 1 ZPROG001", "Outcome", null, "3"));
    }

    @Test
    void a_learner_who_never_returned_from_a_break_is_withdrawn_keeping_the_breaks_end_date() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 6, LocalDate.of(2025, 1, 31))),
                List.of());
        ChangePlan plan = translated(effect.plan(learner, new RecordChange.Withdrawal(LocalDate.of(2025, 5, 16), 44)));

        assertThat(plan.effects()).containsExactly(
                Sentence.of("change.effect.withdrawal-break-aim", "Aim 1 ZPROG001", "31/01/2025", "44"),
                Sentence.of("change.effect.status.WITHDRAWN", "31/01/2025"),
                Sentence.of("change.effect.withdrawal-reporting"));
        assertThat(plan.fields()).containsExactly(
                new FieldChange("Aim 1 ZPROG001", "CompStatus", "6", "3"),
                new FieldChange("Aim 1 ZPROG001", "WithdrawReason", null, "44"));
    }

    @Test
    void a_learner_who_has_left_has_nothing_to_withdraw() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 2, LocalDate.of(2025, 1, 31))),
                List.of());
        assertThat(translated(effect.plan(learner, new RecordChange.Withdrawal(LocalDate.of(2025, 5, 16), 44)))
                .blockers()).containsExactly(Sentence.of("change.blocked.no-aim-to-withdraw"));
    }

    @Test
    void the_last_day_of_learning_may_not_be_in_the_future() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null)), List.of());
        assertThat(translated(effect.plan(learner, new RecordChange.Withdrawal(LocalDate.of(2025, 7, 1), 44)))
                .blockers()).containsExactly(Sentence.of("change.blocked.last-day-in-future", "01/07/2025"));
    }

    @Test
    void only_the_ilr_withdrawal_reasons_are_accepted() {
        for (int reason : List.of(2, 3, 7, 28, 29, 40, 41, 42, 43, 44, 45, 46, 47, 97, 98)) {
            assertThat(effect.normalised(new RecordChange.Withdrawal(LocalDate.of(2025, 5, 16), reason))
                    .withdrawReason()).isEqualTo(reason);
        }
        for (int reason : List.of(0, 1, 4, 27, 99)) {
            assertThatThrownBy(() -> effect.normalised(new RecordChange.Withdrawal(LocalDate.of(2025, 5, 16), reason)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("withdrawReason"));
        }
    }
}
