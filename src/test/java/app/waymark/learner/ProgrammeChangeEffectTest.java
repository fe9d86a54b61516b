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

class ProgrammeChangeEffectTest {

    private final ProgrammeChangeEffect effect = new ProgrammeChangeEffect(null, clockOn(LocalDate.of(2025, 6, 30)));

    @Test
    void the_open_aims_end_as_transferred_to_a_new_aim_and_the_next_step_is_to_enrol_in_the_mis() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null),
                apprenticeship(2, "60346527", 3, 1, null)), List.of());
        ChangePlan plan = translated(effect.plan(learner, new RecordChange.ProgrammeChange(
                LocalDate.of(2025, 4, 30), "Level 3 Team Leader")));

        assertThat(plan.effects()).containsExactly(
                Sentence.of("change.effect.programme-change-aim", "Aim 1 ZPROG001", "30/04/2025"),
                Sentence.of("change.effect.programme-change-aim", "Aim 2 60346527", "30/04/2025"),
                Sentence.of("change.effect.status.WITHDRAWN", "30/04/2025"),
                Sentence.of("change.effect.programme-change-next", "Level 3 Team Leader"));
        assertThat(plan.fields()).filteredOn(field -> field.record().equals("Aim 1 ZPROG001")).containsExactly(
                new FieldChange("Aim 1 ZPROG001", "CompStatus", "1", "3"),
                new FieldChange("Aim 1 ZPROG001", "LearnActEndDate", null, "30/04/2025"),
                new FieldChange("Aim 1 ZPROG001", "WithdrawReason", null, "40"),
                new FieldChange("Aim 1 ZPROG001", "Outcome", null, "3"));
    }

    @Test
    void a_learner_with_no_open_aim_has_no_programme_to_change() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 6, LocalDate.of(2025, 1, 31))),
                List.of());
        assertThat(translated(effect.plan(learner, new RecordChange.ProgrammeChange(LocalDate.of(2025, 4, 30),
                "Level 3 Team Leader"))).blockers()).containsExactly(Sentence.of("change.blocked.no-open-aim"));
    }

    @Test
    void the_new_programme_must_be_named() {
        assertThatThrownBy(() -> effect.normalised(new RecordChange.ProgrammeChange(LocalDate.of(2025, 4, 30), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("newProgramme"));
        assertThat(effect.normalised(new RecordChange.ProgrammeChange(LocalDate.of(2025, 4, 30), " Digital L4 "))
                .newProgramme()).isEqualTo("Digital L4");
    }
}
