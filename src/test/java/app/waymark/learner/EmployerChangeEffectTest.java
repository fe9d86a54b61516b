package app.waymark.learner;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static app.waymark.learner.LearnerStates.apprenticeship;
import static app.waymark.learner.LearnerStates.adultSkills;
import static app.waymark.learner.LearnerStates.employment;
import static app.waymark.learner.LearnerStates.state;
import static app.waymark.learner.LearnerStates.translated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmployerChangeEffectTest {

    private final EmployerChangeEffect effect = new EmployerChangeEffect(null);

    @Test
    void a_new_employer_adds_a_record_keeps_the_old_one_and_recomputes_the_off_the_job_minimum_per_period() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null)),
                List.of(employment(LocalDate.of(2024, 8, 1), 123456780L, null)));
        ChangePlan plan = translated(effect.plan(learner, change(LocalDate.of(2025, 3, 3), 123456789L, "37")));

        assertThat(plan.blockers()).isEmpty();
        assertThat(plan.effects()).containsExactly(
                Sentence.of("change.effect.employment", "03/03/2025", "123456789", "37"),
                Sentence.of("change.effect.employment-kept", "01/08/2024"),
                Sentence.of("change.effect.otj-minimum-2022", "Aim 1 ZPROG001", "417"),
                Sentence.of("change.effect.otj-period-unrecorded", "1", "02/09/2024", "02/03/2025", "139"),
                Sentence.of("change.effect.otj-period", "2", "03/03/2025", "01/03/2026", "37", "278"));
        assertThat(plan.fields()).containsExactly(
                new FieldChange("Employment status from 03/03/2025", "EmpStat", null, "10"),
                new FieldChange("Employment status from 03/03/2025", "DateEmpStatApp", null, "03/03/2025"),
                new FieldChange("Employment status from 03/03/2025", "EmpId", null, "123456789"));
    }

    @Test
    void a_start_from_august_2025_shares_187_hours_between_the_employment_periods() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 4, 30), 1, null)), List.of(employment(LocalDate.of(2025, 8, 20), 1L, "37")));
        ChangePlan plan = translated(effect.plan(learner, change(LocalDate.of(2026, 1, 1), 999999999L, "20")));

        assertThat(plan.effects()).containsExactly(
                Sentence.of("change.effect.employment-not-on-eds", "01/01/2026", "20"),
                Sentence.of("change.effect.employment-kept", "20/08/2025"),
                Sentence.of("change.effect.otj-minimum-2025", "Aim 1 ZPROG001", "187"),
                Sentence.of("change.effect.otj-period", "1", "01/09/2025", "31/12/2025", "37", "94"),
                Sentence.of("change.effect.otj-period", "2", "01/01/2026", "30/04/2026", "20", "93"));
    }

    @Test
    void a_date_on_or_before_the_latest_record_is_refused_with_both_dates() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null)), List.of(
                employment(LocalDate.of(2024, 8, 1), 1L, null), employment(LocalDate.of(2025, 1, 6), 2L, "30")));
        ChangePlan plan = translated(effect.plan(learner, change(LocalDate.of(2025, 1, 6), 123456789L, "37")));

        assertThat(plan.applicable()).isFalse();
        assertThat(plan.blockers()).containsExactly(
                Sentence.of("change.blocked.employment-not-after-latest", "06/01/2025", "06/01/2025"));
        assertThat(plan.fields()).isEmpty();
    }

    @Test
    void a_learner_without_an_open_apprenticeship_has_no_minimum_to_recompute() {
        ChangePlan plan = translated(effect.plan(state(List.of(adultSkills(1, "60312345", 1, null)), List.of()),
                change(LocalDate.of(2025, 3, 3), 123456789L, "16")));
        assertThat(plan.effects()).containsExactly(
                Sentence.of("change.effect.employment", "03/03/2025", "123456789", "16"),
                Sentence.of("change.effect.otj-no-apprenticeship"));
    }

    @Test
    void an_apprenticeship_that_started_before_august_2022_is_not_calculated() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, LocalDate.of(2022, 3, 1),
                LocalDate.of(2025, 9, 1), 1, null)), List.of());
        ChangePlan plan = translated(effect.plan(learner, change(LocalDate.of(2025, 3, 3), 123456789L, "37")));
        assertThat(plan.effects()).contains(
                Sentence.of("change.effect.otj-not-calculated", "Aim 1 ZPROG001", "01/03/2022"));
    }

    @Test
    void the_employer_number_must_have_nine_digits_and_the_hours_must_be_sensible() {
        assertThatThrownBy(() -> effect.normalised(change(LocalDate.of(2025, 3, 3), 12345678L, "37")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("empId"));
        assertThatThrownBy(() -> effect.normalised(change(LocalDate.of(2025, 3, 3), 123456789L, "0")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("weeklyHours"));
        assertThatThrownBy(() -> effect.normalised(change(null, 123456789L, "37")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThat(effect.normalised(change(LocalDate.of(2025, 3, 3), 999999999L, "37.5")).weeklyHours())
                .isEqualTo(new BigDecimal("37.50"));
    }

    private static RecordChange.EmployerChange change(LocalDate from, long empId, String hours) {
        return new RecordChange.EmployerChange(from, empId, new BigDecimal(hours));
    }
}
