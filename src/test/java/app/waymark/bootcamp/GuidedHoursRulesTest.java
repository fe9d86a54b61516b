package app.waymark.bootcamp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static app.waymark.bootcamp.Milestone.START;
import static app.waymark.bootcamp.Verdict.BLOCKED;
import static app.waymark.bootcamp.Verdict.EVIDENCED;
import static app.waymark.bootcamp.Verdict.NOT_YET_DUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start milestone (M1) evidenced by qualifying days or by guided learning hours recorded in Waymark (decision
 * 0058), for each year rule set: days only, hours only, both (the first one met triggers it), neither (what is
 * missing of each), and hours outside the programme's training not counted.
 */
class GuidedHoursRulesTest {

    private static LocalDate start(RecordingRules rules) {
        return Coding.Dates.of(rules).start();
    }

    private static LocalDate soon(RecordingRules rules) {
        return Coding.Dates.of(rules).event().plusMonths(1);
    }

    private static String uk(LocalDate date) {
        return Situation.uk(date);
    }

    private static GuidedHours hours(LocalDate day, String hours) {
        return new GuidedHours(day, new BigDecimal(hours));
    }

    /** No event; the learner withdrew from the programme and the subject aim on the third day. */
    private static Coding leftOnTheThirdDay(RecordingRules rules) {
        LocalDate left = start(rules).plusDays(2);
        Coding coding = Coding.working(rules).without(3);
        coding.aim(1).withoutEvi().status(3, 3).ended(left);
        coding.aim(2).status(3, 3).ended(left);
        return coding;
    }

    /** Still in learning: no actual end dates, no event. */
    private static Coding inLearning(RecordingRules rules) {
        Coding coding = Coding.working(rules).without(3);
        coding.aim(1).withoutEvi().status(1, null).ended(null);
        coding.aim(2).status(1, null).ended(null);
        return coding;
    }

    @ParameterizedTest
    @EnumSource(RecordingRules.class)
    void five_days_in_learning_evidence_the_start_without_any_hours(RecordingRules rules) {
        Coding.Result result = inLearning(rules).evaluate(List.of(), start(rules).plusDays(10));

        assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(START)).isEqualTo(start(rules).plusDays(4));
        assertThat(result.note(START)).isEqualTo("5 qualifying days in learning (" + uk(start(rules)) + " to "
                + uk(start(rules).plusDays(4)) + ")");
        assertThat(result.evaluation().guidedHours()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @EnumSource(RecordingRules.class)
    void five_guided_learning_hours_in_three_days_evidence_the_start_on_the_day_they_were_reached(
            RecordingRules rules) {
        LocalDate start = start(rules);
        Coding.Result result = leftOnTheThirdDay(rules).evaluate(List.of(hours(start, "2"),
                hours(start.plusDays(2), "1.5"), hours(start.plusDays(1), "2")), soon(rules));

        assertThat(result.verdict(START)).isEqualTo(EVIDENCED);
        assertThat(result.trigger(START)).isEqualTo(start.plusDays(2));
        assertThat(result.note(START)).isEqualTo("5.5 guided learning hours recorded from " + uk(start) + " to "
                + uk(start.plusDays(2)) + " (the contract needs 5)");
        assertThat(result.evaluation().guidedHours()).isEqualByComparingTo("5.5");
    }

    @ParameterizedTest
    @EnumSource(RecordingRules.class)
    void with_both_met_the_one_met_first_triggers_the_start_and_the_text_says_which(RecordingRules rules) {
        LocalDate start = start(rules);
        Coding.Result hoursFirst = inLearning(rules).evaluate(List.of(hours(start, "3"),
                hours(start.plusDays(1), "3")), start.plusDays(10));
        assertThat(hoursFirst.verdict(START)).isEqualTo(EVIDENCED);
        assertThat(hoursFirst.trigger(START)).isEqualTo(start.plusDays(1));
        assertThat(hoursFirst.note(START)).isEqualTo("6 guided learning hours recorded from " + uk(start) + " to "
                + uk(start.plusDays(1)) + " (the contract needs 5), before the 5 qualifying days were reached on "
                + uk(start.plusDays(4)));

        Coding.Result daysFirst = inLearning(rules).evaluate(List.of(hours(start.plusDays(5), "4"),
                hours(start.plusDays(6), "4")), start.plusDays(10));
        assertThat(daysFirst.trigger(START)).isEqualTo(start.plusDays(4));
        assertThat(daysFirst.note(START)).startsWith("5 qualifying days in learning");
    }

    @ParameterizedTest
    @EnumSource(RecordingRules.class)
    void with_neither_met_the_start_is_blocked_saying_what_is_missing_of_days_and_of_hours(RecordingRules rules) {
        LocalDate start = start(rules);
        Coding.Result result = leftOnTheThirdDay(rules).evaluate(List.of(hours(start, "1.25"),
                hours(start.plusDays(1), "1.5")), soon(rules));

        assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        assertThat(result.blockers(START)).containsExactly(BootcampRule.QUALIFYING_PERIOD);
        assertThat(result.whys(START)).containsExactly("The start payment needs 5 qualifying days in learning or 5"
                + " guided learning hours. The learner was in learning 3 days, from " + uk(start) + " to "
                + uk(start.plusDays(2)) + ": 2 short of the days. Waymark has 2.75 guided learning hours recorded"
                + " for those days: 2.25 short of the hours.");
        assertThat(result.evaluation().guidedHours()).isEqualByComparingTo("2.75");
    }

    @ParameterizedTest
    @EnumSource(RecordingRules.class)
    void hours_before_the_start_or_after_the_training_are_not_counted(RecordingRules rules) {
        LocalDate start = start(rules);
        Coding.Result result = leftOnTheThirdDay(rules).evaluate(List.of(hours(start.minusDays(1), "8"),
                hours(start, "1"), hours(start.plusDays(3), "8")), soon(rules));

        assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        assertThat(result.evaluation().guidedHours()).isEqualByComparingTo("1");
        assertThat(result.whys(START).getFirst()).contains("Waymark has 1 guided learning hours recorded");
    }

    @ParameterizedTest
    @EnumSource(RecordingRules.class)
    void while_in_learning_the_note_gives_the_day_of_the_fifth_day_and_the_hours_so_far(RecordingRules rules) {
        LocalDate start = start(rules);
        Coding.Result result = inLearning(rules).evaluate(List.of(hours(start, "2.5")), start.plusDays(1));

        assertThat(result.verdict(START)).isEqualTo(NOT_YET_DUE);
        assertThat(result.note(START)).isEqualTo("The learner qualifies for the start payment on "
                + uk(start.plusDays(4)) + ", after 5 days in learning, or sooner on reaching 5 guided learning hours"
                + " (2.5 recorded so far).");
    }

    @ParameterizedTest
    @EnumSource(RecordingRules.class)
    void a_contract_with_0_qualifying_hours_counts_days_only(RecordingRules rules) {
        MilestoneTerms daysOnly = new MilestoneTerms(MilestoneTerms.DFE_2022_TO_2024.milestones(), 5, 0,
                Period.ofMonths(6));
        LocalDate start = start(rules);
        Coding.Result result = leftOnTheThirdDay(rules).evaluate(List.of(hours(start, "8")), daysOnly, soon(rules));

        assertThat(result.verdict(START)).isEqualTo(BLOCKED);
        assertThat(result.whys(START).getFirst()).startsWith("The start payment needs 5 qualifying days in learning;");
    }
}
