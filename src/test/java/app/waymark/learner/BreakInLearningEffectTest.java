package app.waymark.learner;

import app.waymark.base.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.waymark.learner.LearnerStates.apprenticeship;
import static app.waymark.learner.LearnerStates.clockOn;
import static app.waymark.learner.LearnerStates.state;
import static app.waymark.learner.LearnerStates.translated;
import static org.assertj.core.api.Assertions.assertThat;

class BreakInLearningEffectTest {

    private final BreakInLearningEffect effect = new BreakInLearningEffect(null, clockOn(LocalDate.of(2025, 6, 30)));

    @Test
    void every_open_aim_goes_on_a_break_and_the_learner_is_on_a_break() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null),
                apprenticeship(2, "60346527", 3, 1, null),
                apprenticeship(3, "60346539", 3, 2, LocalDate.of(2025, 1, 10))), List.of());
        ChangePlan plan = translated(effect.plan(learner, new RecordChange.BreakInLearning(
                LocalDate.of(2025, 1, 31))));

        assertThat(plan.effects()).containsExactly(
                Sentence.of("change.effect.break-aim", "Aim 1 ZPROG001", "31/01/2025"),
                Sentence.of("change.effect.break-aim", "Aim 2 60346527", "31/01/2025"),
                Sentence.of("change.effect.status.ON_A_BREAK"));
        assertThat(plan.fields()).containsExactly(
                new FieldChange("Aim 1 ZPROG001", "CompStatus", "1", "6"),
                new FieldChange("Aim 1 ZPROG001", "LearnActEndDate", null, "31/01/2025"),
                new FieldChange("Aim 1 ZPROG001", "Outcome", null, "3"),
                new FieldChange("Aim 2 60346527", "CompStatus", "1", "6"),
                new FieldChange("Aim 2 60346527", "LearnActEndDate", null, "31/01/2025"),
                new FieldChange("Aim 2 60346527", "Outcome", null, "3"));
    }

    @Test
    void a_learner_with_no_open_aim_cannot_go_on_a_break() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 2, LocalDate.of(2025, 1, 10))),
                List.of());
        ChangePlan plan = translated(effect.plan(learner, new RecordChange.BreakInLearning(
                LocalDate.of(2025, 1, 31))));
        assertThat(plan.blockers()).containsExactly(Sentence.of("change.blocked.no-open-aim-for-break"));
        assertThat(plan.effects()).isEmpty();
    }

    @Test
    void the_last_day_of_learning_may_not_be_in_the_future_nor_before_an_aim_started() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null)), List.of());
        assertThat(translated(effect.plan(learner, new RecordChange.BreakInLearning(LocalDate.of(2025, 7, 1))))
                .blockers()).containsExactly(Sentence.of("change.blocked.last-day-in-future", "01/07/2025"));
        assertThat(translated(effect.plan(learner, new RecordChange.BreakInLearning(LocalDate.of(2024, 9, 1))))
                .blockers()).containsExactly(Sentence.of("change.blocked.last-day-before-start", "01/09/2024",
                "Aim 1 ZPROG001", "02/09/2024"));
    }

    @Test
    void the_values_it_depends_on_are_every_aims_status_and_end_date() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null),
                apprenticeship(2, "60346539", 3, 2, LocalDate.of(2025, 1, 10))), List.of());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Aim 1 ZPROG001 CompStatus", "1");
        expected.put("Aim 1 ZPROG001 LearnActEndDate", null);
        expected.put("Aim 2 60346539 CompStatus", "2");
        expected.put("Aim 2 60346539 LearnActEndDate", "10/01/2025");
        assertThat(effect.touched(learner, new RecordChange.BreakInLearning(LocalDate.of(2025, 1, 31))))
                .containsExactlyEntriesOf(expected);
    }
}
