package app.waymark.learner;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeStatusRuleTest {

    private static final LocalDate START = LocalDate.of(2024, 9, 2);

    @Test
    void a_learner_with_no_aims_is_continuing_without_a_leaving_date() {
        assertThat(ProgrammeStatusRule.derive(List.of()))
                .isEqualTo(new ProgrammeStatusRule.Derived(ProgrammeStatus.CONTINUING, null));
    }

    @Test
    void an_aim_without_an_actual_end_date_means_the_learner_has_not_left() {
        var derived = ProgrammeStatusRule.derive(List.of(
                aim(1, 1, 2, LocalDate.of(2025, 6, 1)), aim(3, 2, 1, null)));
        assertThat(derived).isEqualTo(new ProgrammeStatusRule.Derived(ProgrammeStatus.CONTINUING, null));
    }

    @Test
    void any_aim_on_a_break_means_on_a_break_without_a_leaving_date() {
        var derived = ProgrammeStatusRule.derive(List.of(
                aim(1, 1, 6, LocalDate.of(2025, 3, 1)), aim(3, 2, 6, LocalDate.of(2025, 3, 1))));
        assertThat(derived).isEqualTo(new ProgrammeStatusRule.Derived(ProgrammeStatus.ON_A_BREAK, null));
    }

    @Test
    void a_return_to_learning_after_a_break_is_continuing() {
        var derived = ProgrammeStatusRule.derive(List.of(
                aim(1, 1, 6, LocalDate.of(2025, 3, 1)), aim(1, 2, 1, null)));
        assertThat(derived.status()).isEqualTo(ProgrammeStatus.CONTINUING);
    }

    @Test
    void the_leaving_date_is_the_programme_aims_actual_end_even_when_a_component_ended_later() {
        var derived = ProgrammeStatusRule.derive(List.of(
                aim(1, 1, 2, LocalDate.of(2025, 7, 31)), aim(3, 2, 2, LocalDate.of(2025, 8, 15))));
        assertThat(derived).isEqualTo(
                new ProgrammeStatusRule.Derived(ProgrammeStatus.COMPLETED, LocalDate.of(2025, 7, 31)));
    }

    @Test
    void without_a_programme_aim_the_leaving_date_is_the_latest_actual_end_of_all_aims() {
        var derived = ProgrammeStatusRule.derive(List.of(
                aim(4, 1, 2, LocalDate.of(2025, 5, 1)), aim(4, 2, 3, LocalDate.of(2025, 6, 20)),
                aim(5, 3, 2, LocalDate.of(2025, 6, 2))));
        assertThat(derived).isEqualTo(
                new ProgrammeStatusRule.Derived(ProgrammeStatus.COMPLETED, LocalDate.of(2025, 6, 20)));
    }

    @Test
    void a_learner_whose_deciding_aims_were_all_withdrawn_is_withdrawn() {
        var derived = ProgrammeStatusRule.derive(List.of(
                aim(1, 1, 3, LocalDate.of(2025, 1, 10)), aim(3, 2, 2, LocalDate.of(2024, 12, 1))));
        assertThat(derived).isEqualTo(
                new ProgrammeStatusRule.Derived(ProgrammeStatus.WITHDRAWN, LocalDate.of(2025, 1, 10)));
    }

    @Test
    void a_change_of_programme_leaves_the_learner_continuing_on_the_new_programme() {
        var derived = ProgrammeStatusRule.derive(List.of(
                aim(1, 1, 3, LocalDate.of(2025, 1, 10)), aim(1, 2, 1, null)));
        assertThat(derived.status()).isEqualTo(ProgrammeStatus.CONTINUING);
    }

    @Test
    void a_break_that_was_restarted_no_longer_counts_once_the_restarted_aim_is_withdrawn() {
        LearnerRecord.Aim onBreak = aim(1, 1, 6, LocalDate.of(2025, 1, 31));
        LearnerRecord.Aim restarted = new LearnerRecord.Aim("ZPROG001", 1, 2, LocalDate.of(2025, 5, 1), START,
                LocalDate.of(2026, 5, 29), 36, 25, 91, null, null, 3, LocalDate.of(2025, 9, 12), 44, 3, null,
                List.of());
        assertThat(ProgrammeStatusRule.derive(List.of(onBreak, restarted))).isEqualTo(
                new ProgrammeStatusRule.Derived(ProgrammeStatus.WITHDRAWN, LocalDate.of(2025, 9, 12)));
    }

    @Test
    void an_aim_on_a_break_that_was_not_restarted_still_means_on_a_break() {
        LearnerRecord.Aim onBreak = aim(1, 1, 6, LocalDate.of(2025, 1, 31));
        LearnerRecord.Aim other = new LearnerRecord.Aim("60346527", 3, 2, LocalDate.of(2025, 5, 1), null,
                LocalDate.of(2026, 5, 29), 36, 25, 91, null, null, 2, LocalDate.of(2025, 9, 12), null, 1, null,
                List.of());
        assertThat(ProgrammeStatusRule.derive(List.of(onBreak, other)).status()).isEqualTo(ProgrammeStatus.ON_A_BREAK);
    }

    // Rule 3 of issue 19: the ILR marks a return from a break with a restart aim carrying the RES FAM, which may
    // have another LearnAimRef (here the component's new standard version); the pre-break aims keep CompStatus 6.
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 1, 31);
    private static final LocalDate RESTART = LocalDate.of(2025, 5, 1);
    private static final List<LearnerRecord.Fam> RES = List.of(new LearnerRecord.Fam("RES", "1", null, null));

    @Test
    void rule3_a_break_ended_by_a_RES_restart_that_completed_is_completed_on_the_restarts_actual_end() {
        var derived = ProgrammeStatusRule.derive(List.of(
                apprenticeshipAim("ZPROG001", 1, 1, START, 6, LAST_DAY, List.of()),
                apprenticeshipAim("60346527", 3, 2, START, 6, LAST_DAY, List.of()),
                apprenticeshipAim("ZPROG001", 1, 3, RESTART, 2, LocalDate.of(2026, 3, 31), RES),
                apprenticeshipAim("61000034", 3, 4, RESTART, 2, LocalDate.of(2026, 3, 20), RES)));
        assertThat(derived).isEqualTo(
                new ProgrammeStatusRule.Derived(ProgrammeStatus.COMPLETED, LocalDate.of(2026, 3, 31)));
    }

    @Test
    void rule3_a_break_ended_by_a_RES_restart_still_in_learning_is_continuing() {
        var derived = ProgrammeStatusRule.derive(List.of(
                apprenticeshipAim("60346527", 3, 1, START, 6, LAST_DAY, List.of()),
                apprenticeshipAim("61000034", 3, 2, RESTART, 1, null, RES)));
        assertThat(derived).isEqualTo(new ProgrammeStatusRule.Derived(ProgrammeStatus.CONTINUING, null));
    }

    @Test
    void rule3_a_RES_restart_may_start_on_the_last_day_before_the_break() {
        var derived = ProgrammeStatusRule.derive(List.of(
                apprenticeshipAim("60346527", 3, 1, START, 6, LAST_DAY, List.of()),
                apprenticeshipAim("61000034", 3, 2, LAST_DAY, 3, LocalDate.of(2025, 6, 6), RES)));
        assertThat(derived).isEqualTo(
                new ProgrammeStatusRule.Derived(ProgrammeStatus.WITHDRAWN, LocalDate.of(2025, 6, 6)));
    }

    @Test
    void rule3_a_break_with_no_return_is_on_a_break() {
        var derived = ProgrammeStatusRule.derive(List.of(
                apprenticeshipAim("ZPROG001", 1, 1, START, 6, LAST_DAY, List.of()),
                apprenticeshipAim("60346527", 3, 2, START, 6, LAST_DAY, List.of())));
        assertThat(derived).isEqualTo(new ProgrammeStatusRule.Derived(ProgrammeStatus.ON_A_BREAK, null));
    }

    @Test
    void rule3_a_RES_aim_of_another_programme_or_before_the_break_ended_is_no_return() {
        LearnerRecord.Aim onBreak = apprenticeshipAim("ZPROG001", 1, 1, START, 6, LAST_DAY, List.of());
        LearnerRecord.Aim otherStandard = new LearnerRecord.Aim("ZPROG001", 1, 2, RESTART, null,
                RESTART.plusYears(1), 36, 25, 92, null, null, 2, LocalDate.of(2026, 3, 31), null, 1, null, RES);
        LearnerRecord.Aim earlier = apprenticeshipAim("ZPROG002", 1, 3, LAST_DAY.minusDays(1), 2,
                LocalDate.of(2026, 3, 31), RES);
        assertThat(ProgrammeStatusRule.derive(List.of(onBreak, otherStandard)).status())
                .isEqualTo(ProgrammeStatus.ON_A_BREAK);
        assertThat(ProgrammeStatusRule.derive(List.of(onBreak, earlier)).status())
                .isEqualTo(ProgrammeStatus.ON_A_BREAK);
    }

    @Test
    void rule3_a_programme_aim_on_a_break_returns_only_by_a_programme_aim() {
        LearnerRecord.Aim onBreak = apprenticeshipAim("ZPROG001", 1, 1, START, 6, LAST_DAY, List.of());
        LearnerRecord.Aim componentOnly = apprenticeshipAim("61000034", 3, 2, RESTART, 2, LocalDate.of(2026, 3, 20),
                RES);
        assertThat(ProgrammeStatusRule.derive(List.of(onBreak, componentOnly)).status())
                .isEqualTo(ProgrammeStatus.ON_A_BREAK);
    }

    private static LearnerRecord.Aim apprenticeshipAim(String ref, int aimType, int seq, LocalDate start,
                                                       int compStatus, LocalDate actualEnd,
                                                       List<LearnerRecord.Fam> fams) {
        return new LearnerRecord.Aim(ref, aimType, seq, start, start.equals(START) ? null : START,
                start.plusYears(1), 36, 25, 91, null, null, compStatus, actualEnd,
                compStatus == 3 ? 44 : null, actualEnd == null ? null : compStatus == 2 ? 1 : 3, null, fams);
    }

    private static LearnerRecord.Aim aim(int aimType, int seq, int compStatus, LocalDate actualEnd) {
        return new LearnerRecord.Aim("ZPROG001", aimType, seq, START, null, START.plusYears(1), 36, 25, 91, null,
                null, compStatus, actualEnd, compStatus == 3 ? 44 : null, null, null, List.of());
    }
}
