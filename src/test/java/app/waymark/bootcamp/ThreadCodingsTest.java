package app.waymark.bootcamp;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static app.waymark.bootcamp.BootcampRule.ACH_DATE_ONLY_WHEN_ACHIEVED;
import static app.waymark.bootcamp.BootcampRule.ACTUAL_END_DATE;
import static app.waymark.bootcamp.BootcampRule.EVENT_AIMS_NOT_FROM_AUGUST_2025;
import static app.waymark.bootcamp.BootcampRule.EVI_NOT_BEFORE_AUGUST_2025;
import static app.waymark.bootcamp.BootcampRule.POSITIVE_OUTCOME;
import static app.waymark.bootcamp.BootcampRule.PROGRAMME_COMPLETED;
import static app.waymark.bootcamp.BootcampRule.R138;
import static app.waymark.bootcamp.BootcampRule.STATUS_OUTCOME;
import static app.waymark.bootcamp.Milestone.COMPLETION;
import static app.waymark.bootcamp.Milestone.OUTCOME;
import static app.waymark.bootcamp.Milestone.START;
import static app.waymark.bootcamp.Verdict.BLOCKED;
import static app.waymark.bootcamp.Verdict.EVIDENCED;
import static app.waymark.bootcamp.Verdict.NOT_YET_DUE;
import static org.assertj.core.api.Assertions.assertThat;

/** The codings of the providers' forum thread (seed 003, quoted in decision 0047) and the 2025-26 EVI codings. */
class ThreadCodingsTest {

    private static final BigDecimal PRICE = new BigDecimal("1000");
    private static final MilestoneTerms DFE = MilestoneTerms.DFE_2022_TO_2024;

    /**
     * The helpdesk's table: ZPROG001 from 01/08/2022, CompStatus 1, Outcome 8, no actual end date; main aim 2/1
     * ended 30/11/2022; offer Z0059747 2/1 on 20/12/2022. Becks submitted exactly this and got no M2.
     */
    private static Coding helpdesk() {
        LocalDate start = LocalDate.of(2022, 8, 1);
        LocalDate trainingEnd = LocalDate.of(2022, 11, 30);
        return new Coding()
                .with(1, Aims.programme(1, start, trainingEnd).status(1, 8))
                .with(2, Aims.component(2, "Z0059758", start, trainingEnd).status(2, 1).ended(trainingEnd))
                .with(3, Aims.event(3, "Z0059747", LocalDate.of(2022, 12, 20)));
    }

    @Test
    void the_helpdesks_coding_triggers_no_completion_payment_and_says_to_complete_zprog001_on_the_offer_date() {
        Coding.Result result = helpdesk().evaluate(DFE, PRICE, LocalDate.of(2023, 1, 15));

        assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(START)).isEqualTo(LocalDate.of(2022, 8, 5));
        assertThat(result.verdict(COMPLETION)).isEqualTo(BLOCKED);
        assertThat(result.blockers(COMPLETION)).containsExactly(PROGRAMME_COMPLETED);
        assertThat(result.whys(COMPLETION)).containsExactly("The training is completed and an event is recorded, "
                + "but the completion payment is triggered only when the programme aim ZPROG001 is completed too "
                + "(CompStatus 2, with an actual end date), and ZPROG001 has CompStatus 1 and no actual end date.");
        assertThat(result.fixes(COMPLETION)).containsExactly("Set ZPROG001 completion status to 2 and its actual "
                + "end date to 20/12/2022, the date of the interview offer; leave the achievement date empty.");
        assertThat(result.verdict(OUTCOME)).isEqualTo(NOT_YET_DUE);
        assertThat(result.note(OUTCOME))
                .isEqualTo("Waiting for a positive outcome (ZPROG001 Outcome 1 with its achievement date) by 30/05/2023.");
        assertThat(result.broken()).containsExactly(PROGRAMME_COMPLETED);
        assertThat(result.evaluation().expectedPayment()).isEqualByComparingTo("450.00");
    }

    @Test
    void the_helpdesks_coding_with_the_fix_applied_triggers_the_completion_payment_on_the_offer_date() {
        Coding fixed = helpdesk();
        fixed.aim(1).status(2, 8).ended(LocalDate.of(2022, 12, 20));
        Coding.Result result = fixed.evaluate(DFE, PRICE, LocalDate.of(2023, 1, 15));

        assertThat(result.verdict(COMPLETION)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(COMPLETION)).isEqualTo(LocalDate.of(2022, 12, 20));
        assertThat(result.broken()).isEmpty();
        assertThat(result.evaluation().expectedPayment()).isEqualByComparingTo("800.00");
    }

    /** Lisa's coding that worked: ZPROG001 2/8 with the interview date as its actual end date, no AchDate. */
    private static Coding lisa() {
        LocalDate start = LocalDate.of(2022, 10, 3);
        LocalDate end = LocalDate.of(2023, 2, 25);
        return new Coding()
                .with(1, Aims.programme(1, start, end).status(2, 8).ended(end))
                .with(2, Aims.component(2, "Z0059758", start, end).status(2, 1).ended(end))
                .with(3, Aims.event(3, "Z0059747", end));
    }

    @Test
    void lisas_working_coding_triggers_the_completion_payment() {
        Coding.Result result = lisa().evaluate(DFE, PRICE, LocalDate.of(2023, 3, 10));

        assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
        assertThat(result.verdict(COMPLETION)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(COMPLETION)).isEqualTo(LocalDate.of(2023, 2, 25));
        assertThat(result.verdict(OUTCOME)).isEqualTo(NOT_YET_DUE);
        assertThat(result.broken()).isEmpty();
        assertThat(result.evaluation().expectedPayment()).isEqualByComparingTo("800.00");
    }

    @Test
    void lisas_coding_without_the_actual_end_date_is_rejected_and_the_fix_is_the_interview_date() {
        Coding coding = lisa();
        coding.aim(1).ended(null);
        Coding.Result result = coding.evaluate(DFE, PRICE, LocalDate.of(2023, 3, 10));

        for (Milestone milestone : Milestone.values()) {
            assertThat(result.verdict(milestone)).isEqualTo(BLOCKED);
            assertThat(result.blockers(milestone)).containsExactly(ACTUAL_END_DATE);
        }
        assertThat(result.fix(ACTUAL_END_DATE)).isEqualTo("Set ZPROG001's actual end date to 25/02/2023, the date "
                + "of the interview offer; leave the achievement date empty.");
        assertThat(result.evaluation().expectedPayment()).isEqualByComparingTo("0");
    }

    /**
     * Nicola: ZPROG001 2/2 (partial achievement) with the interview date as its actual end date, no AchDate; on the
     * occupancy report but no payment. The last reply: the outcome should be 3.
     */
    private static Coding nicola() {
        LocalDate start = LocalDate.of(2024, 1, 8);
        LocalDate trainingEnd = LocalDate.of(2024, 3, 1);
        return new Coding()
                .with(1, Aims.programme(1, start, trainingEnd).status(2, 2).ended(LocalDate.of(2024, 3, 27)))
                .with(2, Aims.component(2, "Z0059758", start, trainingEnd).status(2, 1).ended(trainingEnd))
                .with(3, Aims.event(3, "Z0059747", LocalDate.of(2024, 3, 20)));
    }

    @Test
    void nicolas_partial_achievement_pays_nothing_after_the_start_and_the_fix_is_outcome_3() {
        Coding.Result result = nicola().evaluate(DFE, PRICE, LocalDate.of(2024, 10, 15));

        assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
        assertThat(result.verdict(COMPLETION)).isEqualTo(BLOCKED);
        assertThat(result.blockers(COMPLETION)).containsExactly(STATUS_OUTCOME);
        assertThat(result.whys(COMPLETION)).containsExactly("Aim 1 ZPROG001 has Outcome 2 (partial achievement), "
                + "which is for higher education only: the learner stays on the funding report but no milestone "
                + "after the start is paid.");
        assertThat(result.fixes(COMPLETION)).containsExactly("Set ZPROG001's outcome to 3 (no achievement): no "
                + "positive outcome came by 01/09/2024, the end of the outcome period after the training ended on "
                + "01/03/2024. Keep its actual end date and leave the achievement date empty.");
        assertThat(result.verdict(OUTCOME)).isEqualTo(BLOCKED);
        assertThat(result.blockers(OUTCOME)).containsExactly(STATUS_OUTCOME, POSITIVE_OUTCOME);
        assertThat(result.evaluation().expectedPayment()).isEqualByComparingTo("450.00");
    }

    @Test
    void nicolas_coding_with_outcome_3_triggers_the_completion_payment_and_no_outcome_payment() {
        Coding fixed = nicola();
        fixed.aim(1).status(2, 3);
        Coding.Result result = fixed.evaluate(DFE, PRICE, LocalDate.of(2024, 10, 15));

        assertThat(result.verdict(COMPLETION)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(COMPLETION)).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(result.verdict(OUTCOME)).isEqualTo(BLOCKED);
        assertThat(result.blockers(OUTCOME)).containsExactly(POSITIVE_OUTCOME);
        assertThat(result.evaluation().expectedPayment()).isEqualByComparingTo("800.00");
    }

    @Test
    void nicolas_partial_achievement_while_an_outcome_may_still_come_is_fixed_with_outcome_8() {
        Coding.Result result = nicola().evaluate(DFE, PRICE, LocalDate.of(2024, 5, 1));

        assertThat(result.fixes(COMPLETION)).containsExactly("Set ZPROG001's outcome to 8 (outcome not yet known) "
                + "and leave the achievement date empty. Change it to 1 with the achievement date if the learner "
                + "reaches a positive outcome by 01/09/2024, or to 3 if none comes by then (the training ended on "
                + "01/03/2024).");
    }

    @Test
    void nicolas_coding_with_an_achievement_date_is_rejected_and_drops_every_milestone() {
        Coding coding = nicola();
        coding.aim(1).achieved(LocalDate.of(2024, 4, 15));
        Coding.Result result = coding.evaluate(DFE, PRICE, LocalDate.of(2024, 10, 15));

        assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        assertThat(result.blockers(START)).containsExactly(ACH_DATE_ONLY_WHEN_ACHIEVED);
        assertThat(result.fix(ACH_DATE_ONLY_WHEN_ACHIEVED)).isEqualTo("Leave aim 1 ZPROG001's achievement date "
                + "empty (remove 15/04/2024) unless the learner reached a positive outcome on that day; then set "
                + "CompStatus 2 and Outcome 1.");
        assertThat(result.evaluation().expectedPayment()).isEqualByComparingTo("0");
    }

    @Test
    void nicolas_coding_without_the_actual_end_date_is_rejected_and_drops_every_milestone() {
        Coding coding = nicola();
        coding.aim(1).ended(null);
        Coding.Result result = coding.evaluate(DFE, PRICE, LocalDate.of(2024, 10, 15));

        assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        assertThat(result.blockers(START)).containsExactly(ACTUAL_END_DATE);
        assertThat(result.fix(ACTUAL_END_DATE)).isEqualTo("Set ZPROG001's actual end date to 20/03/2024, the date "
                + "of the interview offer; leave the achievement date empty.");
    }

    @Test
    void an_evi_coded_2025_26_learner_triggers_the_completion_payment_on_the_evi_date() {
        Coding.Result result = Coding.working(RecordingRules.EVI_FAM).evaluate(DFE, PRICE, LocalDate.of(2026, 1, 10));

        assertThat(result.evaluation().rules()).isEqualTo(RecordingRules.EVI_FAM);
        assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
        assertThat(result.verdict(COMPLETION)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(COMPLETION)).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(result.verdict(OUTCOME)).isEqualTo(NOT_YET_DUE);
        assertThat(result.broken()).isEmpty();
    }

    @Test
    void a_2025_26_learner_with_an_event_aim_instead_is_an_error_with_the_evi_fix() {
        Coding coding = Coding.working(RecordingRules.EVI_FAM);
        coding.aim(1).withoutEvi();
        coding.with(3, Aims.event(3, "Z0059747", LocalDate.of(2025, 12, 15)));
        Coding.Result result = coding.evaluate(DFE, PRICE, LocalDate.of(2026, 1, 10));

        for (Milestone milestone : Milestone.values()) {
            assertThat(result.verdict(milestone)).isEqualTo(BLOCKED);
            assertThat(result.blockers(milestone)).contains(EVENT_AIMS_NOT_FROM_AUGUST_2025);
        }
        assertThat(result.why(EVENT_AIMS_NOT_FROM_AUGUST_2025)).isEqualTo("From 1 August 2025 an event is recorded "
                + "as an EVI FAM on ZPROG001 and event aims are an error: aim 3 Z0059747 is on a programme that "
                + "started on 01/09/2025.");
        assertThat(result.fix(EVENT_AIMS_NOT_FROM_AUGUST_2025)).isEqualTo("Remove aim 3 Z0059747 and add a learning "
                + "delivery FAM to ZPROG001 with type EVI and DateFrom 15/12/2025, the day of the event.");
        assertThat(result.broken()).containsExactlyInAnyOrder(R138, EVENT_AIMS_NOT_FROM_AUGUST_2025);
    }

    @Test
    void an_evi_fam_on_a_2024_25_programme_is_an_error_with_the_event_aim_fix() {
        Coding coding = Coding.working(RecordingRules.EVENT_AIMS).without(3);
        coding.aim(1).evi("1", LocalDate.of(2024, 12, 16));
        Coding.Result result = coding.evaluate(DFE, PRICE, LocalDate.of(2025, 1, 10));

        assertThat(result.evaluation().rules()).isEqualTo(RecordingRules.EVENT_AIMS);
        for (Milestone milestone : Milestone.values()) {
            assertThat(result.verdict(milestone)).isEqualTo(BLOCKED);
            assertThat(result.blockers(milestone)).contains(EVI_NOT_BEFORE_AUGUST_2025);
        }
        assertThat(result.fix(EVI_NOT_BEFORE_AUGUST_2025)).isEqualTo("Remove the EVI FAM (code 1, DateFrom "
                + "16/12/2024) from aim 1 ZPROG001 and record the event as its event aim (Z0059747 interview offer, "
                + "Z0059748 new role with the existing employer or Z0059749 self-employment plan) with 16/12/2024 as "
                + "start, planned end and actual end dates, CompStatus 2 and Outcome 1.");
        assertThat(result.broken()).containsExactlyInAnyOrder(R138, EVI_NOT_BEFORE_AUGUST_2025);
    }
}
