package app.waymark.learner;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeaverCategoryTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate YEAR_LATER = LocalDate.of(2027, 8, 31);

    @Test
    void withdrawing_within_42_days_of_a_programme_planned_for_a_year_is_a_non_starter() {
        assertThat(LeaverCategory.of(List.of(withdrawn(START, null, YEAR_LATER, START.plusDays(40)))))
                .contains(LeaverCategory.NON_STARTER);
    }

    @Test
    void withdrawing_on_the_42nd_day_or_later_is_an_early_leaver() {
        assertThat(LeaverCategory.of(List.of(withdrawn(START, null, YEAR_LATER, START.plusDays(41)))))
                .contains(LeaverCategory.EARLY_LEAVER);
    }

    @Test
    void the_qualifying_period_follows_the_planned_length() {
        assertThat(LeaverCategory.qualifyingDays(START, START.plusDays(167))).isEqualTo(42);
        assertThat(LeaverCategory.qualifyingDays(START, START.plusDays(166))).isEqualTo(14);
        assertThat(LeaverCategory.qualifyingDays(START, START.plusDays(13))).isEqualTo(14);
        assertThat(LeaverCategory.qualifyingDays(START, START.plusDays(12))).isEqualTo(1);
        assertThat(LeaverCategory.of(List.of(withdrawn(START, null, START.plusDays(60), START.plusDays(12)))))
                .contains(LeaverCategory.NON_STARTER);
        assertThat(LeaverCategory.of(List.of(withdrawn(START, null, START.plusDays(60), START.plusDays(13)))))
                .contains(LeaverCategory.EARLY_LEAVER);
    }

    @Test
    void after_a_break_the_period_counts_from_the_original_start_so_a_restart_withdrawn_soon_is_an_early_leaver() {
        LearnerRecord.Aim onBreak = aim(START, null, YEAR_LATER, 6, START.plusDays(100));
        LearnerRecord.Aim restarted = aim(START.plusDays(150), START, YEAR_LATER.plusDays(60), 3,
                START.plusDays(160));
        assertThat(LeaverCategory.of(List.of(onBreak, restarted))).contains(LeaverCategory.EARLY_LEAVER);
    }

    @Test
    void learners_who_did_not_withdraw_have_no_category() {
        assertThat(LeaverCategory.of(List.of(aim(START, null, YEAR_LATER, 1, null)))).isEmpty();
        assertThat(LeaverCategory.of(List.of(aim(START, null, YEAR_LATER, 2, YEAR_LATER)))).isEmpty();
        assertThat(LeaverCategory.of(List.of(aim(START, null, YEAR_LATER, 6, START.plusDays(10))))).isEmpty();
    }

    private static LearnerRecord.Aim withdrawn(LocalDate start, LocalDate originalStart, LocalDate plannedEnd,
                                               LocalDate actualEnd) {
        return aim(start, originalStart, plannedEnd, 3, actualEnd);
    }

    private static LearnerRecord.Aim aim(LocalDate start, LocalDate originalStart, LocalDate plannedEnd,
                                         int compStatus, LocalDate actualEnd) {
        return new LearnerRecord.Aim("ZPROG001", 1, 1, start, originalStart, plannedEnd, 36, 25, 100, null, null,
                compStatus, actualEnd, compStatus == 3 ? 2 : null, compStatus == 1 ? null : 3, null, List.of());
    }
}
