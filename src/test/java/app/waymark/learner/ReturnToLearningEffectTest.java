package app.waymark.learner;

import app.waymark.base.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static app.waymark.learner.LearnerStates.apprenticeship;
import static app.waymark.learner.LearnerStates.clockOn;
import static app.waymark.learner.LearnerStates.employment;
import static app.waymark.learner.LearnerStates.state;
import static app.waymark.learner.LearnerStates.translated;
import static org.assertj.core.api.Assertions.assertThat;

class ReturnToLearningEffectTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 1, 31);
    private static final LocalDate RESTART = LocalDate.of(2025, 5, 1);

    private final ReturnToLearningEffect effect = new ReturnToLearningEffect(null, clockOn(LocalDate.of(2025, 6, 30)));

    @Test
    void each_aim_on_the_break_restarts_as_a_new_aim_with_the_time_the_plan_had_left() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 6, LAST_DAY),
                apprenticeship(2, "60346527", 3, 6, LAST_DAY)),
                List.of(employment(LocalDate.of(2024, 8, 1), 1L, null)));
        ChangePlan plan = translated(effect.plan(learner, new RecordChange.ReturnToLearning(RESTART, null)));

        assertThat(plan.blockers()).isEmpty();
        // 394 days were left (1 Feb 2025 to 1 Mar 2026); from 1 May 2025 they end on 29 May 2026
        assertThat(plan.effects()).startsWith(
                Sentence.of("change.effect.return-aim", "New aim 3 ZPROG001", "01/05/2025", "02/09/2024",
                        "29/05/2026", "Aim 1 ZPROG001"),
                Sentence.of("change.effect.return-plan", "Aim 1 ZPROG001", "394",
                        "01/03/2026", "31/01/2025", "01/05/2025", "29/05/2026"),
                Sentence.of("change.effect.return-otj-unrecorded", "Aim 1 ZPROG001", "301", "394", "29/05/2026"));
        assertThat(plan.effects()).contains(Sentence.of("change.effect.return-aim", "New aim 4 60346527",
                "01/05/2025", "02/09/2024", "29/05/2026", "Aim 2 60346527"));
        assertThat(plan.effects()).last().isEqualTo(Sentence.of("change.effect.status.CONTINUING"));
        assertThat(plan.effects()).noneMatch(sentence -> sentence.key().equals("change.effect.return-extended"));
        assertThat(plan.fields()).filteredOn(field -> field.record().equals("New aim 3 ZPROG001")).containsExactly(
                new FieldChange("New aim 3 ZPROG001", "LearnAimRef", null, "ZPROG001"),
                new FieldChange("New aim 3 ZPROG001", "AimType", null, "1"),
                new FieldChange("New aim 3 ZPROG001", "AimSeqNumber", null, "3"),
                new FieldChange("New aim 3 ZPROG001", "LearnStartDate", null, "01/05/2025"),
                new FieldChange("New aim 3 ZPROG001", "OrigLearnStartDate", null, "02/09/2024"),
                new FieldChange("New aim 3 ZPROG001", "LearnPlanEndDate", null, "29/05/2026"),
                new FieldChange("New aim 3 ZPROG001", "FundModel", null, "36"),
                new FieldChange("New aim 3 ZPROG001", "ProgType", null, "25"),
                new FieldChange("New aim 3 ZPROG001", "StdCode", null, "91"),
                new FieldChange("New aim 3 ZPROG001", "CompStatus", null, "1"),
                new FieldChange("New aim 3 ZPROG001", "LearningDeliveryFAM RES", null, "1"));
    }

    @Test
    void fewer_paid_hours_after_the_break_extend_the_planned_end_so_the_off_the_job_minimum_is_met() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 6, LAST_DAY)), List.of(
                employment(LocalDate.of(2024, 8, 1), 1L, "37"), employment(LocalDate.of(2025, 4, 1), 2L, "15")));
        ChangePlan plan = translated(effect.plan(learner, new RecordChange.ReturnToLearning(RESTART, null)));

        // 301 hours still due at 3 hours a week (15 paid hours) take 788 days
        assertThat(plan.effects()).contains(
                Sentence.of("change.effect.return-otj", "Aim 1 ZPROG001", "301", "15", "788", "27/06/2027"),
                Sentence.of("change.effect.return-extended", "Aim 1 ZPROG001", "27/06/2027"));
        assertThat(plan.fields()).contains(
                new FieldChange("New aim 2 ZPROG001", "LearnPlanEndDate", null, "27/06/2027"));
    }

    @Test
    void under_the_2025_rules_the_plan_is_extended_to_eight_months_in_learning() {
        ReturnToLearningEffect later = new ReturnToLearningEffect(null, clockOn(LocalDate.of(2026, 6, 30)));
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, LocalDate.of(2025, 8, 4),
                LocalDate.of(2026, 1, 31), 6, LocalDate.of(2025, 10, 31))), List.of());
        ChangePlan plan = translated(later.plan(learner, new RecordChange.ReturnToLearning(
                LocalDate.of(2025, 12, 1), null)));

        assertThat(plan.effects()).contains(
                Sentence.of("change.effect.return-plan", "Aim 1 ZPROG001", "92", "31/01/2026", "31/10/2025",
                        "01/12/2025", "02/03/2026"),
                Sentence.of("change.effect.return-duration", "Aim 1 ZPROG001", "89", "153", "02/05/2026"),
                Sentence.of("change.effect.return-extended", "Aim 1 ZPROG001", "02/05/2026"));
    }

    @Test
    void a_planned_end_date_entered_on_the_tracker_overrides_the_proposal_and_an_earlier_one_is_flagged() {
        LearnerState learner = state(List.of(apprenticeship(1, "ZPROG001", 1, 6, LAST_DAY)), List.of());
        ChangePlan plan = translated(effect.plan(learner,
                new RecordChange.ReturnToLearning(RESTART, LocalDate.of(2026, 3, 31))));

        assertThat(plan.effects()).contains(
                Sentence.of("change.effect.return-chosen", "New aim 2 ZPROG001", "31/03/2026", "29/05/2026"),
                Sentence.of("change.effect.return-chosen-earlier", "New aim 2 ZPROG001"));
        assertThat(plan.fields()).contains(
                new FieldChange("New aim 2 ZPROG001", "LearnPlanEndDate", null, "31/03/2026"));
    }

    @Test
    void there_must_be_an_aim_on_a_break_and_the_restart_must_follow_it() {
        LearnerState continuing = state(List.of(apprenticeship(1, "ZPROG001", 1, 1, null)), List.of());
        assertThat(translated(effect.plan(continuing, new RecordChange.ReturnToLearning(RESTART, null))).blockers())
                .containsExactly(Sentence.of("change.blocked.no-aim-on-a-break"));

        LearnerState onBreak = state(List.of(apprenticeship(1, "ZPROG001", 1, 6, LAST_DAY)), List.of());
        assertThat(translated(effect.plan(onBreak, new RecordChange.ReturnToLearning(LAST_DAY, null))).blockers())
                .containsExactly(Sentence.of("change.blocked.restart-not-after-break", "31/01/2025", "31/01/2025"));
        assertThat(translated(effect.plan(onBreak, new RecordChange.ReturnToLearning(LocalDate.of(2025, 7, 1),
                null))).blockers()).containsExactly(Sentence.of("change.blocked.restart-in-future", "01/07/2025"));
    }

    @Test
    void a_break_already_restarted_is_not_returned_from_twice() {
        LearnerState returned = state(List.of(apprenticeship(1, "ZPROG001", 1, 6, LAST_DAY),
                apprenticeship(2, "ZPROG001", 1, LocalDate.of(2025, 3, 3), LearnerStates.PLANNED_END, 1, null)),
                List.of());
        assertThat(translated(effect.plan(returned, new RecordChange.ReturnToLearning(RESTART, null))).blockers())
                .containsExactly(Sentence.of("change.blocked.no-aim-on-a-break"));
    }

    @Test
    void rule3_a_break_ended_by_a_RES_restart_with_another_reference_is_not_returned_from_twice() {
        String restartFams = """
                [{"type":"SOF","code":"105","dateFrom":null,"dateTo":null},\
                {"type":"RES","code":"1","dateFrom":null,"dateTo":null}]""";
        LearnerState.Aim newVersion = new LearnerState.Aim(java.util.UUID.randomUUID(), 2, "61000034", 3,
                LocalDate.of(2025, 3, 3), LearnerStates.START, LearnerStates.PLANNED_END, 36, 25, 91, null, 1, null,
                null, null, restartFams);
        LearnerState returned = state(List.of(apprenticeship(1, "60346527", 3, 6, LAST_DAY), newVersion), List.of());
        assertThat(returned.aimsOnABreak()).isEmpty();
        assertThat(translated(effect.plan(returned, new RecordChange.ReturnToLearning(RESTART, null))).blockers())
                .containsExactly(Sentence.of("change.blocked.no-aim-on-a-break"));
    }

    @Test
    void the_new_aim_keeps_the_fams_in_force_from_the_restart_and_adds_res() {
        assertThat(ReturnToLearningEffect.fams(LearnerStates.APPRENTICESHIP_FAMS, RESTART)).isEqualTo("""
                [{"type":"SOF","code":"105","dateFrom":null,"dateTo":null},\
                {"type":"ACT","code":"1","dateFrom":"2025-05-01","dateTo":null},\
                {"type":"RES","code":"1","dateFrom":null,"dateTo":null}]""");
    }
}
