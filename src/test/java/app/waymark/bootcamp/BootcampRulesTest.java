package app.waymark.bootcamp;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static app.waymark.bootcamp.Milestone.COMPLETION;
import static app.waymark.bootcamp.Milestone.OUTCOME;
import static app.waymark.bootcamp.Milestone.START;
import static app.waymark.bootcamp.RecordingRules.EVENT_AIMS;
import static app.waymark.bootcamp.RecordingRules.EVI_FAM;
import static app.waymark.bootcamp.Verdict.BLOCKED;
import static app.waymark.bootcamp.Verdict.EVIDENCED;
import static app.waymark.bootcamp.Verdict.NOT_YET_DUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of DOMAIN.md section 7 (the catalogue of {@link BootcampRule}), for each year rule set it applies to: one
 * coding that keeps it and one that breaks it, with the verdicts and the fix. The working coding of each year
 * ({@link Coding#working}) keeps every rule.
 */
class BootcampRulesTest {

    private static Coding working(RecordingRules rules) {
        return Coding.working(rules);
    }

    private static Coding.Dates dates(RecordingRules rules) {
        return Coding.Dates.of(rules);
    }

    /** A month after the event: the training and the event are done, the outcome may still come. */
    private static LocalDate soon(RecordingRules rules) {
        return dates(rules).event().plusMonths(1);
    }

    private static String uk(LocalDate date) {
        return Situation.uk(date);
    }

    @ParameterizedTest
    @EnumSource(RecordingRules.class)
    void the_working_coding_keeps_every_rule_and_evidences_start_and_completion(RecordingRules rules) {
        Coding.Result result = working(rules).evaluate(soon(rules));
        assertThat(result.evaluation().rules()).isEqualTo(rules);
        assertThat(result.broken()).isEmpty();
        assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(START)).isEqualTo(dates(rules).start().plusDays(4));
        assertThat(result.verdict(COMPLETION)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(COMPLETION)).isEqualTo(dates(rules).event());
        assertThat(result.verdict(OUTCOME)).isEqualTo(NOT_YET_DUE);
    }

    @Test
    void the_year_rule_set_follows_the_programme_start() {
        assertThat(RecordingRules.forProgrammeStart(LocalDate.of(2025, 7, 31))).isEqualTo(EVENT_AIMS);
        assertThat(RecordingRules.forProgrammeStart(LocalDate.of(2025, 8, 1))).isEqualTo(EVI_FAM);
    }

    @Nested
    class ProgrammeAim {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_zprog001_as_aim_type_1(RecordingRules rules) {
            assertThat(working(rules).evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.PROGRAMME_AIM);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_without_zprog001_and_blocks_every_milestone(RecordingRules rules) {
            Coding.Result result = working(rules).without(1).evaluate(soon(rules));
            assertThat(result.fix(BootcampRule.PROGRAMME_AIM)).isEqualTo("Add the programme aim ZPROG001 (AimType 1, "
                    + "FundModel 37, ProgType 32) starting on " + uk(dates(rules).start())
                    + ", the start date of Z0059758.");
            for (Milestone milestone : Milestone.values()) {
                assertThat(result.verdict(milestone)).isEqualTo(BLOCKED);
            }
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_with_zprog001_as_a_component(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(1).aimType(3);
            assertThat(coding.evaluate(soon(rules)).fix(BootcampRule.PROGRAMME_AIM))
                    .isEqualTo("Set ZPROG001's aim type to 1.");
        }
    }

    @Nested
    class FundingCodes {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_fund_model_37_and_prog_type_32_everywhere(RecordingRules rules) {
            assertThat(working(rules).evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.FUNDING_CODES);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_with_another_fund_model_on_the_subject_aim(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(2).codes(37, null);
            Coding.Result result = coding.evaluate(soon(rules));
            assertThat(result.why(BootcampRule.FUNDING_CODES)).isEqualTo("Every aim of a Skills Bootcamp has "
                    + "FundModel 37 and ProgType 32; aim 2 Z0059758 has FundModel 37 and ProgType —.");
            assertThat(result.fix(BootcampRule.FUNDING_CODES))
                    .isEqualTo("Set aim 2 Z0059758's funding model to 37 and its programme type to 32.");
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        }
    }

    @Nested
    class SubjectAim {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_a_subject_learning_aim(RecordingRules rules) {
            assertThat(working(rules).evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.SUBJECT_AIM);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_without_one(RecordingRules rules) {
            Coding.Result result = working(rules).without(2).evaluate(soon(rules));
            assertThat(result.fix(BootcampRule.SUBJECT_AIM)).isEqualTo("Add the bootcamp's subject learning aim as "
                    + "a component of ZPROG001 (AimType 3, FundModel 37, ProgType 32).");
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        }
    }

    @Nested
    class ActualEndDate {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_an_end_date_on_every_ended_aim_and_none_on_a_continuing_one(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(1).status(1, null).ended(null);
            assertThat(coding.evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.ACTUAL_END_DATE);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_with_a_completed_subject_aim_without_one(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(2).ended(null);
            Coding.Result result = coding.evaluate(soon(rules));
            assertThat(result.why(BootcampRule.ACTUAL_END_DATE)).isEqualTo("Aim 2 Z0059758 has ended (CompStatus 2) "
                    + "but has no actual end date, so the ILR is rejected and no milestone is paid.");
            assertThat(result.fix(BootcampRule.ACTUAL_END_DATE))
                    .isEqualTo("Set aim 2 Z0059758's actual end date to the day it ended.");
            assertThat(result.blockers(START)).containsExactly(BootcampRule.ACTUAL_END_DATE);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_with_a_continuing_aim_that_has_one(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(1).status(1, null);
            assertThat(coding.evaluate(soon(rules)).fix(BootcampRule.ACTUAL_END_DATE)).isEqualTo("If aim 1 ZPROG001 "
                    + "ended on " + uk(dates(rules).event()) + ", set its completion status to how it ended "
                    + "(2 completed, 3 withdrawn); otherwise remove the actual end date.");
        }
    }

    @Nested
    class StatusOutcome {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_a_completed_programme_closed_with_outcome_3(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(1).status(2, 3);
            assertThat(coding.evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.STATUS_OUTCOME);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_with_a_completed_subject_aim_without_an_outcome_and_blocks_completion_not_start(
                RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(2).status(2, null);
            Coding.Result result = coding.evaluate(soon(rules));
            assertThat(result.fix(BootcampRule.STATUS_OUTCOME)).isEqualTo("Set aim 2 Z0059758's outcome to one its "
                    + "completion status allows: 1 achieved, 3 not achieved, 8 not yet known.");
            assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
            assertThat(result.blockers(COMPLETION)).containsExactly(BootcampRule.STATUS_OUTCOME);
        }
    }

    @Nested
    class R138 {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_a_completed_programme_and_an_event(RecordingRules rules) {
            assertThat(working(rules).evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.R138);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_a_programme_closed_as_2_3_without_an_event(RecordingRules rules) {
            Coding coding = withoutEvent(rules);
            coding.aim(1).status(2, 3).ended(dates(rules).trainingEnd());
            assertThat(coding.evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.R138);
        }

        @Test
        void fails_with_a_completed_programme_without_an_event_aim_or_achievement_date() {
            Coding.Result result = withoutEvent(EVENT_AIMS).evaluate(soon(EVENT_AIMS));
            assertThat(result.fix(BootcampRule.R138)).isEqualTo("Record the event as its event aim (Z0059747 "
                    + "interview offer, Z0059748 new role with the existing employer or Z0059749 self-employment "
                    + "plan) with the day it happened as start, planned end and actual end dates, CompStatus 2 and "
                    + "Outcome 1. If no event came by 29/05/2025, set ZPROG001's outcome to 3.");
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        }

        @Test
        void fails_with_a_completed_2025_26_programme_without_an_evi_fam_or_achievement_date() {
            Coding.Result result = withoutEvent(EVI_FAM).evaluate(soon(EVI_FAM));
            assertThat(result.fix(BootcampRule.R138)).isEqualTo("Add a learning delivery FAM to ZPROG001 with type "
                    + "EVI and the day the event happened as its DateFrom. If no event came by 28/05/2026, set "
                    + "ZPROG001's outcome to 3.");
        }
    }

    private static Coding withoutEvent(RecordingRules rules) {
        Coding coding = working(rules).without(3);
        coding.aim(1).withoutEvi();
        return coding;
    }

    @Nested
    class R143 {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_the_programme_ending_with_its_last_component(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(1).ended(coding.programme().latestEndingComponent().orElseThrow().learnActEndDate());
            assertThat(coding.evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.R143);
        }

        @Test
        void fails_with_the_programme_ending_before_the_event_aim() {
            Coding coding = working(EVENT_AIMS);
            coding.aim(1).ended(LocalDate.of(2024, 11, 29));
            Coding.Result result = coding.evaluate(soon(EVENT_AIMS));
            assertThat(result.why(BootcampRule.R143)).isEqualTo("R143: the programme aim cannot end before its "
                    + "components, and ZPROG001 ends on 29/11/2024 while aim 3 Z0059747 ends on 16/12/2024.");
            assertThat(result.fix(BootcampRule.R143)).isEqualTo("Set ZPROG001's actual end date to 16/12/2024 (the "
                    + "actual end date of aim 3 Z0059747) or later.");
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        }

        @Test
        void fails_with_the_2025_26_programme_ending_before_the_subject_aim() {
            Coding coding = working(EVI_FAM);
            coding.aim(1).ended(LocalDate.of(2025, 11, 27));
            assertThat(coding.evaluate(soon(EVI_FAM)).fix(BootcampRule.R143)).isEqualTo("Set ZPROG001's actual end "
                    + "date to 28/11/2025 (the actual end date of aim 2 Z0059758) or later.");
        }
    }

    @Nested
    class AchievementDates {

        private static Coding achieved(RecordingRules rules, LocalDate achDate) {
            Coding coding = working(rules);
            coding.aim(1).status(2, 1).achieved(achDate);
            return coding;
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void an_achievement_date_6_months_after_the_end_date_passes(RecordingRules rules) {
            Coding coding = achieved(rules, dates(rules).event().plusMonths(6));
            assertThat(coding.evaluate(soon(rules)).broken())
                    .doesNotContain(BootcampRule.ACH_DATE_WITHIN_SIX_MONTHS);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void an_achievement_date_a_day_later_fails(RecordingRules rules) {
            LocalDate latest = dates(rules).event().plusMonths(6);
            Coding.Result result = achieved(rules, latest.plusDays(1)).evaluate(soon(rules));
            assertThat(result.fix(BootcampRule.ACH_DATE_WITHIN_SIX_MONTHS)).isEqualTo("If the learner reached the "
                    + "positive outcome by " + uk(latest) + ", correct aim 1 ZPROG001's achievement date; if it came "
                    + "later it does not count: set the outcome to 3 and leave the achievement date empty.");
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void an_achievement_date_with_2_1_passes_and_triggers_the_outcome_payment(RecordingRules rules) {
            LocalDate job = dates(rules).event().plusDays(20);
            Coding.Result result = achieved(rules, job).evaluate(soon(rules));
            assertThat(result.broken()).isEmpty();
            assertThat(result.verdict(OUTCOME)).isEqualTo(EVIDENCED);
            assertThat(result.trigger(OUTCOME)).isEqualTo(job);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void an_achievement_date_with_outcome_8_fails(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(1).achieved(dates(rules).event().plusDays(20));
            Coding.Result result = coding.evaluate(soon(rules));
            assertThat(result.why(BootcampRule.ACH_DATE_ONLY_WHEN_ACHIEVED)).startsWith("An achievement date is "
                    + "only recorded with CompStatus 2 and Outcome 1; aim 1 ZPROG001 has one");
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void outcome_1_without_an_achievement_date_fails_and_blocks_only_the_outcome_payment(RecordingRules rules) {
            Coding coding = working(rules);
            coding.aim(1).status(2, 1);
            Coding.Result result = coding.evaluate(soon(rules));
            assertThat(result.fix(BootcampRule.ACH_DATE_WITH_OUTCOME_1)).isEqualTo("Set ZPROG001's achievement date "
                    + "to the day the learner reached the positive outcome (for example started the new job), no "
                    + "later than " + uk(dates(rules).trainingEnd().plusMonths(6)) + "; if there was none, set the "
                    + "outcome to 8 while one may still come, otherwise 3.");
            assertThat(result.verdict(COMPLETION)).isEqualTo(EVIDENCED);
            assertThat(result.blockers(OUTCOME)).containsExactly(BootcampRule.ACH_DATE_WITH_OUTCOME_1);
        }
    }

    @Nested
    class EventAims {

        @Test
        void an_event_aim_with_equal_dates_passes() {
            assertThat(working(EVENT_AIMS).evaluate(soon(EVENT_AIMS)).broken())
                    .doesNotContain(BootcampRule.EVENT_AIM_SAME_DATES, BootcampRule.EVENT_AIM_COMPLETED_ACHIEVED);
        }

        @Test
        void an_event_aim_with_a_later_planned_end_fails() {
            Coding coding = working(EVENT_AIMS);
            coding.aim(3).dates(LocalDate.of(2024, 12, 16), LocalDate.of(2024, 12, 23));
            Coding.Result result = coding.evaluate(soon(EVENT_AIMS));
            assertThat(result.why(BootcampRule.EVENT_AIM_SAME_DATES)).isEqualTo("An event aim records one day: its "
                    + "start, planned end and actual end dates are all the day the event happened, but aim 3 "
                    + "Z0059747 has 16/12/2024, 23/12/2024 and 16/12/2024.");
            assertThat(result.fix(BootcampRule.EVENT_AIM_SAME_DATES)).isEqualTo("Set aim 3 Z0059747's start, "
                    + "planned end and actual end dates all to the day the event happened (16/12/2024, its start "
                    + "date, if that is right). For an interview offer that is the day the offer was made, not the "
                    + "day of the interview.");
            assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
            assertThat(result.blockers(COMPLETION)).containsExactly(BootcampRule.EVENT_AIM_SAME_DATES);
        }

        @Test
        void a_continuing_event_aim_fails() {
            Coding coding = working(EVENT_AIMS);
            coding.aim(3).status(1, null).ended(null);
            Coding.Result result = coding.evaluate(soon(EVENT_AIMS));
            assertThat(result.fix(BootcampRule.EVENT_AIM_COMPLETED_ACHIEVED)).isEqualTo("Set aim 3 Z0059747's "
                    + "completion status to 2 and its outcome to 1, with 16/12/2024, the day of the event, as its "
                    + "actual end date.");
            assertThat(result.verdict(COMPLETION)).isEqualTo(BLOCKED);
        }

        @Test
        void the_event_aim_rules_are_for_programmes_starting_up_to_july_2025() {
            assertThat(BootcampRule.EVENT_AIM_SAME_DATES.appliesTo()).containsExactly(EVENT_AIMS);
            assertThat(BootcampRule.EVENT_AIM_COMPLETED_ACHIEVED.appliesTo()).containsExactly(EVENT_AIMS);
        }

        @Test
        void event_aims_pass_on_a_programme_starting_by_31_july_2025() {
            Coding coding = working(EVENT_AIMS);
            coding.aim(1).dates(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 10, 31));
            assertThat(coding.evaluate(LocalDate.of(2025, 8, 15)).broken())
                    .doesNotContain(BootcampRule.EVENT_AIMS_NOT_FROM_AUGUST_2025);
        }

        @Test
        void event_aims_fail_on_a_programme_starting_from_1_august_2025() {
            Coding coding = working(EVI_FAM);
            coding.with(3, Aims.event(3, "Z0059748", LocalDate.of(2025, 12, 15)));
            Coding.Result result = coding.evaluate(soon(EVI_FAM));
            assertThat(result.fix(BootcampRule.EVENT_AIMS_NOT_FROM_AUGUST_2025)).isEqualTo("Remove aim 3 Z0059748 "
                    + "and add a learning delivery FAM to ZPROG001 with type EVI and DateFrom 15/12/2025, the day of "
                    + "the event.");
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        }
    }

    @Nested
    class EviFam {

        @Test
        void evi_on_zprog001_with_a_date_passes_from_august_2025() {
            assertThat(working(EVI_FAM).evaluate(soon(EVI_FAM)).broken())
                    .doesNotContain(BootcampRule.EVI_ON_PROGRAMME_AIM_WITH_DATE, BootcampRule.EVI_NOT_BEFORE_AUGUST_2025);
        }

        @Test
        void evi_fails_before_august_2025() {
            Coding coding = working(EVENT_AIMS);
            coding.aim(3).evi("1", LocalDate.of(2024, 12, 16));
            Coding.Result result = coding.evaluate(soon(EVENT_AIMS));
            assertThat(result.why(BootcampRule.EVI_NOT_BEFORE_AUGUST_2025)).isEqualTo("The EVI FAM is only for "
                    + "programmes starting from 1 August 2025; this one started on 02/09/2024, so its events are "
                    + "event aims and the EVI FAM on aim 3 Z0059747 is an error.");
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        }

        @Test
        void evi_on_the_subject_aim_fails() {
            Coding coding = working(EVI_FAM);
            coding.aim(1).withoutEvi();
            coding.aim(2).evi("1", LocalDate.of(2025, 12, 15));
            Coding.Result result = coding.evaluate(soon(EVI_FAM));
            assertThat(result.fix(BootcampRule.EVI_ON_PROGRAMME_AIM_WITH_DATE))
                    .isEqualTo("Move the EVI FAM (code 1, DateFrom 15/12/2025) from aim 2 Z0059758 to ZPROG001.");
            assertThat(result.verdict(COMPLETION)).isEqualTo(BLOCKED);
        }

        @Test
        void evi_without_a_date_fails() {
            Coding coding = working(EVI_FAM);
            coding.aim(1).withoutEvi().evi("1", null);
            Coding.Result result = coding.evaluate(soon(EVI_FAM));
            assertThat(result.fix(BootcampRule.EVI_ON_PROGRAMME_AIM_WITH_DATE))
                    .isEqualTo("Set the EVI FAM's DateFrom to the day the event happened.");
            assertThat(result.verdict(COMPLETION)).isEqualTo(BLOCKED);
        }
    }

    @Nested
    class QualifyingPeriod {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void five_days_in_learning_evidence_the_start_on_the_fifth_day(RecordingRules rules) {
            LocalDate start = dates(rules).start();
            Coding coding = working(rules).without(3);
            coding.aim(1).withoutEvi().status(1, null).ended(null);
            coding.aim(2).status(1, null).ended(null);
            Coding.Result result = coding.evaluate(start.plusDays(4));
            assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
            assertThat(result.trigger(START)).isEqualTo(start.plusDays(4));
            assertThat(result.note(START)).isEqualTo("5 qualifying days in learning (" + uk(start) + " to "
                    + uk(start.plusDays(4)) + ")");
            assertThat(coding.evaluate(start.plusDays(3)).note(START)).isEqualTo("The learner qualifies for the "
                    + "start payment on " + uk(start.plusDays(4)) + ", after 5 days in learning, or sooner on reaching"
                    + " 5 guided learning hours (0 recorded so far).");
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void a_learner_who_left_after_3_days_is_not_paid_the_start(RecordingRules rules) {
            Coding.Result result = withdrawnAfter(rules, 2).evaluate(soon(rules));
            assertThat(result.verdict(START)).isEqualTo(BLOCKED);
            assertThat(result.whys(START)).containsExactly("The start payment needs 5 qualifying days in learning or"
                    + " 5 guided learning hours. The learner was in learning 3 days, from " + uk(dates(rules).start())
                    + " to " + uk(dates(rules).start().plusDays(2)) + ": 2 short of the days. Waymark has 0 guided"
                    + " learning hours recorded for those days: 5 short of the hours.");
            assertThat(result.fixes(START)).containsExactly("If the learner was in learning until "
                    + uk(dates(rules).start().plusDays(4)) + " or later, correct the subject aim's actual end date. "
                    + "If they had 5 guided learning hours by " + uk(dates(rules).start().plusDays(2)) + ", record the"
                    + " hours delivered on their Bootcamp tab. Otherwise no start payment is due.");
        }
    }

    /** The learner withdrew from the programme and the subject aim {@code days} days after the start. */
    private static Coding withdrawnAfter(RecordingRules rules, int days) {
        LocalDate left = dates(rules).start().plusDays(days);
        Coding coding = withoutEvent(rules);
        coding.aim(1).status(3, 3).ended(left);
        coding.aim(2).status(3, 3).ended(left);
        return coding;
    }

    @Nested
    class TrainingCompleted {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_the_subject_aim_completed(RecordingRules rules) {
            assertThat(working(rules).evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.TRAINING_COMPLETED);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_when_the_learner_withdrew_and_blocks_completion_and_outcome_only(RecordingRules rules) {
            Coding.Result result = withdrawnAfter(rules, 30).evaluate(soon(rules));
            assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
            assertThat(result.blockers(COMPLETION)).containsExactly(BootcampRule.TRAINING_COMPLETED);
            assertThat(result.blockers(OUTCOME)).containsExactly(BootcampRule.TRAINING_COMPLETED);
            assertThat(result.fixes(COMPLETION)).containsExactly("If the learner did complete the training, set aim "
                    + "2 Z0059758's completion status to 2 and its outcome to 1; otherwise no completion or outcome "
                    + "payment is due.");
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void completion_is_not_yet_due_while_the_training_goes_on(RecordingRules rules) {
            Coding coding = withoutEvent(rules);
            coding.aim(1).status(1, null).ended(null);
            coding.aim(2).status(1, null).ended(null);
            Coding.Result result = coding.evaluate(dates(rules).start().plusDays(20));
            assertThat(result.verdict(COMPLETION)).isEqualTo(NOT_YET_DUE);
            assertThat(result.note(COMPLETION)).isEqualTo("Waiting for the learner to complete the training "
                    + "(planned to end on " + uk(dates(rules).trainingEnd()) + ").");
        }
    }

    @Nested
    class NoEventWithinSixMonths {

        private static Coding trainingDoneNoEvent(RecordingRules rules) {
            Coding coding = withoutEvent(rules);
            coding.aim(1).status(1, 8).ended(null);
            return coding;
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_while_the_6_months_run(RecordingRules rules) {
            Coding.Result result = trainingDoneNoEvent(rules).evaluate(dates(rules).trainingEnd().plusMonths(6));
            assertThat(result.broken()).isEmpty();
            assertThat(result.verdict(COMPLETION)).isEqualTo(NOT_YET_DUE);
        }

        @Test
        void fails_after_6_months_without_an_event_aim() {
            Coding.Result result = trainingDoneNoEvent(EVENT_AIMS).evaluate(LocalDate.of(2025, 5, 30));
            assertThat(result.blockers(COMPLETION)).containsExactly(BootcampRule.NO_EVENT_WITHIN_SIX_MONTHS);
            assertThat(result.fixes(COMPLETION)).containsExactly("Set ZPROG001's completion status to 2, its outcome "
                    + "to 3 and its actual end date to 29/11/2024, the end of the training. If an event did happen by "
                    + "29/05/2025, record it as its event aim with that day instead.");
            assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
        }

        @Test
        void fails_after_6_months_without_an_evi_fam() {
            Coding.Result result = trainingDoneNoEvent(EVI_FAM).evaluate(LocalDate.of(2026, 5, 29));
            assertThat(result.fixes(COMPLETION)).containsExactly("Set ZPROG001's completion status to 2, its outcome "
                    + "to 3 and its actual end date to 28/11/2025, the end of the training. If an event did happen by "
                    + "28/05/2026, record it as an EVI FAM on ZPROG001 with that day as its DateFrom instead.");
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void a_programme_closed_as_2_3_is_coded_right_and_still_not_paid(RecordingRules rules) {
            Coding coding = trainingDoneNoEvent(rules);
            coding.aim(1).status(2, 3).ended(dates(rules).trainingEnd());
            Coding.Result result = coding.evaluate(dates(rules).trainingEnd().plusMonths(7));
            assertThat(result.broken()).containsExactlyInAnyOrder(BootcampRule.NO_EVENT_WITHIN_SIX_MONTHS,
                    BootcampRule.POSITIVE_OUTCOME);
            assertThat(result.fixes(COMPLETION).getFirst()).startsWith("The coding is right and no completion "
                    + "payment is due, unless an event happened by " + uk(dates(rules).trainingEnd().plusMonths(6)));
        }

        @Test
        void an_event_more_than_6_months_after_the_training_does_not_count() {
            Coding coding = working(EVENT_AIMS).with(3, Aims.event(3, "Z0059749", LocalDate.of(2025, 6, 2)));
            coding.aim(1).ended(LocalDate.of(2025, 6, 2));
            Coding.Result result = coding.evaluate(LocalDate.of(2025, 6, 10));
            assertThat(result.whys(COMPLETION)).containsExactly("The event on 02/06/2025 came more than 6 months "
                    + "after the training ended on 29/11/2024 (after 29/05/2025), so it does not count for the "
                    + "completion payment and the programme closes as CompStatus 2, Outcome 3.");
        }
    }

    @Nested
    class ProgrammeCompleted {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_zprog001_completed_on_the_event_day(RecordingRules rules) {
            assertThat(working(rules).evaluate(soon(rules)).broken()).doesNotContain(BootcampRule.PROGRAMME_COMPLETED);
        }

        @Test
        void fails_with_zprog001_continuing_after_a_new_role_offer() {
            Coding coding = working(EVENT_AIMS).with(3, Aims.event(3, "Z0059748", LocalDate.of(2024, 12, 16)));
            coding.aim(1).status(1, 8).ended(null);
            assertThat(coding.evaluate(soon(EVENT_AIMS)).fixes(COMPLETION)).containsExactly("Set ZPROG001 completion "
                    + "status to 2 and its actual end date to 16/12/2024, the date of the offer of a new role with "
                    + "the existing employer; leave the achievement date empty.");
        }

        @Test
        void fails_with_zprog001_continuing_after_the_evi_event() {
            Coding coding = working(EVI_FAM);
            coding.aim(1).status(1, 8).ended(null);
            Coding.Result result = coding.evaluate(soon(EVI_FAM));
            assertThat(result.blockers(COMPLETION)).containsExactly(BootcampRule.PROGRAMME_COMPLETED);
            assertThat(result.fixes(COMPLETION)).containsExactly("Set ZPROG001 completion status to 2 and its actual "
                    + "end date to 15/12/2025, the date of the event in its EVI FAM; leave the achievement date "
                    + "empty.");
        }

        @Test
        void an_event_during_the_training_puts_zprog001_at_the_end_of_the_training() {
            Coding coding = working(EVI_FAM);
            coding.aim(1).withoutEvi().evi("1", LocalDate.of(2025, 11, 3)).status(1, 8).ended(null);
            Coding.Result result = coding.evaluate(soon(EVI_FAM));
            assertThat(result.fixes(COMPLETION)).containsExactly("Set ZPROG001 completion status to 2 and its actual "
                    + "end date to 28/11/2025, the actual end date of aim 2 Z0059758; leave the achievement date "
                    + "empty.");
        }
    }

    @Nested
    class PositiveOutcome {

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void passes_with_outcome_1_by_the_deadline(RecordingRules rules) {
            Coding coding = working(rules);
            LocalDate deadline = dates(rules).trainingEnd().plusMonths(6);
            coding.aim(1).status(2, 1).achieved(deadline);
            Coding.Result result = coding.evaluate(deadline.plusDays(1));
            assertThat(result.verdict(OUTCOME)).isEqualTo(EVIDENCED);
            assertThat(result.trigger(OUTCOME)).isEqualTo(deadline);
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_when_the_outcome_period_ends_without_one(RecordingRules rules) {
            LocalDate deadline = dates(rules).trainingEnd().plusMonths(6);
            Coding.Result result = working(rules).evaluate(deadline.plusDays(1));
            assertThat(result.verdict(COMPLETION)).isEqualTo(EVIDENCED);
            assertThat(result.blockers(OUTCOME)).containsExactly(BootcampRule.POSITIVE_OUTCOME);
            assertThat(result.fixes(OUTCOME)).containsExactly("If the learner reached a positive outcome by "
                    + uk(deadline) + ", set ZPROG001's outcome to 1 and its achievement date to that day; otherwise "
                    + "set its outcome to 3.");
        }

        @ParameterizedTest
        @EnumSource(RecordingRules.class)
        void fails_when_the_outcome_came_after_the_contracts_deadline(RecordingRules rules) {
            MilestoneTerms threeMonths = new MilestoneTerms(MilestoneTerms.DFE_2022_TO_2024.milestones(), 5, 5,
                    java.time.Period.ofMonths(3));
            LocalDate deadline = dates(rules).trainingEnd().plusMonths(3);
            Coding coding = working(rules);
            coding.aim(1).status(2, 1).achieved(deadline.plusDays(1));
            Coding.Result result = coding.evaluate(threeMonths, null, deadline.plusDays(10));
            assertThat(result.blockers(OUTCOME)).containsExactly(BootcampRule.POSITIVE_OUTCOME);
            assertThat(result.fixes(OUTCOME)).containsExactly("If the learner reached the positive outcome by "
                    + uk(deadline) + ", correct ZPROG001's achievement date; otherwise no outcome payment is due.");
        }
    }
}
