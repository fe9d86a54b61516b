package app.waymark.destination;

import app.waymark.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyDerivationTest {

    private static final LocalDate LEFT = LocalDate.of(2026, 7, 20);
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 9, 1);
    private static final LocalDate STARTED = LocalDate.of(2026, 8, 3);

    private static ActivityAnswer answer(Activity activity, Boolean sixteenPlus, StudyKind kind) {
        return new ActivityAnswer(activity, sixteenPlus, kind, STARTED, true, null);
    }

    @ParameterizedTest(name = "{0} hours16+={1} study={2} -> {3}")
    @CsvSource({
            "EMPLOYED, true, , EMP-1",
            "EMPLOYED, false, , EMP-2",
            "SELF_EMPLOYED, true, , EMP-4",
            "SELF_EMPLOYED, false, , EMP-5",
            "APPRENTICESHIP, , , EDU-2",
            "STUDYING, , TRAINEESHIP, EDU-1",
            "STUDYING, , SUPPORTED_INTERNSHIP, EDU-3",
            "STUDYING, , FURTHER_EDUCATION_FULL_TIME, EDU-4",
            "STUDYING, , FURTHER_EDUCATION_PART_TIME, EDU-5",
            "STUDYING, , UNIVERSITY, EDU-6",
            "VOLUNTEERING, , , VOL-1",
            "LOOKING_FOR_WORK, , , NPE-1",
            "NOT_LOOKING_FOR_WORK, , , NPE-2",
            "GAP_YEAR, , , GAP-1",
            "SOMETHING_ELSE, , , OTH-1"})
    void each_answer_becomes_its_outcome_starting_when_the_learner_says(Activity activity, Boolean sixteenPlus,
                                                                         StudyKind kind, String expected) {
        Outcome outcome = SurveyDerivation.outcomes(List.of(answer(activity, sixteenPlus, kind)), LEFT, SUBMITTED,
                false).getFirst();

        assertThat(outcome.label()).isEqualTo(expected);
        assertThat(outcome.startDate()).isEqualTo(STARTED);
        assertThat(outcome.endDate()).isNull();
        assertThat(outcome.collectionDate()).isEqualTo(SUBMITTED);
        assertThat(outcome.answeredStartDate()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SUPPORTED_INDEPENDENT_LIVING, SDE-1", "INDEPENDENT_LIVING, SDE-2", "RETURNING_HOME, SDE-3",
            "RESIDENTIAL_PLACEMENT, SDE-4"})
    void social_destinations_for_high_needs_learners(Activity activity, String expected) {
        assertThat(SurveyDerivation.outcomes(List.of(answer(activity, null, null)), LEFT, SUBMITTED, true)
                .getFirst().label()).isEqualTo(expected);
    }

    @Test
    void social_destinations_are_refused_for_other_learners() {
        assertThatThrownBy(() -> SurveyDerivation.outcomes(List.of(answer(Activity.RETURNING_HOME, null, null)),
                LEFT, SUBMITTED, false)).isInstanceOfSatisfying(SurveyAnswersException.class, e ->
                assertThat(english(e.problems().getFirst())).contains("not available on this survey"));
    }

    @Test
    void prefer_not_to_say_is_OTH_4_from_the_day_after_leaving() {
        Outcome outcome = SurveyDerivation.outcomes(List.of(ActivityAnswer.of(Activity.PREFER_NOT_TO_SAY)), LEFT,
                SUBMITTED, false).getFirst();

        assertThat(outcome.label()).isEqualTo("OTH-4");
        assertThat(outcome.startDate()).isEqualTo(LEFT.plusDays(1));
    }

    @Test
    void a_start_date_before_leaving_becomes_the_day_after_leaving_and_the_answer_is_kept() {
        LocalDate before = LEFT.minusMonths(6);
        Outcome outcome = SurveyDerivation.outcomes(List.of(new ActivityAnswer(Activity.EMPLOYED, true, null, before,
                true, null)), LEFT, SUBMITTED, false).getFirst();

        assertThat(outcome.startDate()).isEqualTo(LEFT.plusDays(1));
        assertThat(outcome.answeredStartDate()).isEqualTo(before);
    }

    @Test
    void an_activity_that_has_ended_keeps_its_end_date() {
        Outcome outcome = SurveyDerivation.outcomes(List.of(new ActivityAnswer(Activity.VOLUNTEERING, null, null,
                STARTED, false, STARTED.plusDays(10))), LEFT, SUBMITTED, false).getFirst();

        assertThat(outcome.endDate()).isEqualTo(STARTED.plusDays(10));
    }

    @Test
    void missing_details_are_asked_for_with_the_question_named() {
        assertField(new ActivityAnswer(Activity.EMPLOYED, null, null, STARTED, true, null), "hours");
        assertField(new ActivityAnswer(Activity.STUDYING, null, null, STARTED, true, null), "studyKind");
        assertField(new ActivityAnswer(Activity.GAP_YEAR, null, null, null, true, null), "startDate");
        assertField(new ActivityAnswer(Activity.GAP_YEAR, null, null, STARTED, null, null), "ongoing");
        assertField(new ActivityAnswer(Activity.GAP_YEAR, null, null, STARTED, false, null), "endDate");
    }

    @Test
    void a_start_over_a_year_ahead_an_end_before_the_start_and_an_end_before_leaving_are_refused() {
        assertField(new ActivityAnswer(Activity.GAP_YEAR, null, null, SUBMITTED.plusYears(1).plusDays(1), true,
                null), "startDate");
        assertField(new ActivityAnswer(Activity.GAP_YEAR, null, null, STARTED, false, STARTED.minusDays(1)),
                "endDate");
        assertField(new ActivityAnswer(Activity.GAP_YEAR, null, null, LEFT.minusMonths(2), false, LEFT), "endDate");
    }

    private static void assertField(ActivityAnswer answer, String field) {
        assertThatThrownBy(() -> SurveyDerivation.checkAnswer(answer, LEFT, SUBMITTED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void working_and_looking_for_work_from_the_same_date_is_caught_in_plain_english() {
        List<String> conflicts = conflictsInEnglish(List.of(answer(Activity.EMPLOYED, true, null),
                answer(Activity.LOOKING_FOR_WORK, null, null)), LEFT, false);

        assertThat(conflicts).singleElement().asString()
                .startsWith("You said you were in paid work and also not in paid work from 3 August 2026");
    }

    @Test
    void working_and_looking_for_work_from_different_dates_is_fine() {
        List<ActivityAnswer> answers = List.of(answer(Activity.LOOKING_FOR_WORK, null, null),
                new ActivityAnswer(Activity.EMPLOYED, true, null, STARTED.plusDays(14), true, null));

        assertThat(SurveyDerivation.conflicts(answers, LEFT, false)).isEmpty();
        assertThat(SurveyDerivation.outcomes(answers, LEFT, SUBMITTED, false)).extracting(Outcome::label)
                .containsExactly("NPE-1", "EMP-1");
    }

    @Test
    void two_dates_before_leaving_both_move_to_the_day_after_and_so_conflict() {
        List<ActivityAnswer> answers = List.of(
                new ActivityAnswer(Activity.EMPLOYED, true, null, LEFT.minusDays(30), true, null),
                new ActivityAnswer(Activity.SELF_EMPLOYED, false, null, LEFT.minusDays(5), true, null));

        assertThat(conflictsInEnglish(answers, LEFT, false)).singleElement().asString()
                .startsWith("You said you were employed and self-employed from 21 July 2026");
    }

    @Test
    void prefer_not_to_say_with_other_answers_and_no_answer_at_all_are_caught() {
        assertThat(conflictsInEnglish(List.of(ActivityAnswer.of(Activity.PREFER_NOT_TO_SAY),
                answer(Activity.GAP_YEAR, null, null)), LEFT, false)).singleElement().asString()
                .contains("'Prefer not to say'");
        assertThat(conflictsInEnglish(List.of(), LEFT, false)).singleElement().asString()
                .startsWith("Select at least one");
    }

    @Test
    void at_most_two_kinds_of_study_on_one_start_date() {
        List<ActivityAnswer> answers = List.of(answer(Activity.APPRENTICESHIP, null, null),
                answer(Activity.STUDYING, null, StudyKind.FURTHER_EDUCATION_PART_TIME));

        assertThat(SurveyDerivation.conflicts(answers, LEFT, false)).isEmpty();
        assertThat(SurveyDerivation.outcomes(answers, LEFT, SUBMITTED, false)).extracting(Outcome::label)
                .containsExactly("EDU-2", "EDU-5");
    }

    @Test
    void future_outcomes_a_job_starting_on_a_known_date_within_a_year_is_recorded_from_that_date() {
        LocalDate firstDay = SUBMITTED.plusMonths(2);
        List<ActivityAnswer> answers = List.of(new ActivityAnswer(Activity.EMPLOYED, true, null, firstDay, true,
                null));

        assertThat(SurveyDerivation.outcomes(answers, LEFT, SUBMITTED, false)).singleElement()
                .satisfies(outcome -> {
                    assertThat(outcome.label()).isEqualTo("EMP-1");
                    assertThat(outcome.startDate()).isEqualTo(firstDay);
                    assertThat(outcome.collectionDate()).isEqualTo(SUBMITTED);
                });
        assertField(new ActivityAnswer(Activity.EMPLOYED, true, null, firstDay, false, null), "ongoing");
        assertField(new ActivityAnswer(Activity.EMPLOYED, true, null, SUBMITTED.plusYears(1).plusDays(1), true,
                null), "startDate");
    }

    @Test
    void answers_are_checked_with_existing_records_and_a_clash_is_explained_in_plain_words() {
        List<Outcome> recorded = List.of(new Outcome(OutcomeType.NPE, 1, STARTED, null, SUBMITTED.minusDays(5), null));
        List<ActivityAnswer> employed = List.of(answer(Activity.EMPLOYED, true, null));

        assertThatThrownBy(() -> SurveyDerivation.outcomes(employed, LEFT, SUBMITTED, false, recorded))
                .isInstanceOfSatisfying(SurveyAnswersException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(SurveyDerivationTest::english).asString()
                        .startsWith("We already have a record of you not in paid work from 3 August 2026"));
        assertThat(SurveyDerivation.outcomes(employed, LEFT, SUBMITTED, false, List.of())).hasSize(1);
    }

    @Test
    void an_answer_repeating_an_existing_record_is_not_recorded_twice() {
        List<Outcome> recorded = List.of(new Outcome(OutcomeType.EMP, 1, STARTED, null, SUBMITTED.minusDays(5), null));
        List<ActivityAnswer> answers = List.of(answer(Activity.EMPLOYED, true, null),
                answer(Activity.VOLUNTEERING, null, null));

        assertThat(SurveyDerivation.outcomes(answers, LEFT, SUBMITTED, false, recorded)).extracting(Outcome::label)
                .containsExactly("VOL-1");
    }

    @Test
    void records_that_already_broke_a_rule_do_not_block_the_learner() {
        List<Outcome> recorded = List.of(new Outcome(OutcomeType.GAP, 1, STARTED, null, SUBMITTED, null),
                new Outcome(OutcomeType.GAP, 1, STARTED, STARTED.plusDays(9), SUBMITTED, null));

        assertThat(SurveyDerivation.outcomes(List.of(answer(Activity.VOLUNTEERING, null, null)), LEFT, SUBMITTED,
                false, recorded)).extracting(Outcome::label).containsExactly("VOL-1");
    }

    private static final ResourceBundle TRANSLATIONS = ResourceBundle.getBundle("vaadin-i18n/translations");

    /** The conflicts as the survey words them in English (the application's translations). */
    private static List<String> conflictsInEnglish(List<ActivityAnswer> answers, LocalDate leavingDate,
                                                   boolean highNeeds) {
        return SurveyDerivation.conflicts(answers, leavingDate, highNeeds).stream()
                .map(SurveyDerivationTest::english).toList();
    }

    private static String english(SurveyProblem problem) {
        String pattern = TRANSLATIONS.getString(problem.messageKey());
        return problem.arguments().isEmpty() ? pattern
                : new MessageFormat(pattern, Locale.UK).format(problem.arguments().toArray());
    }
}
