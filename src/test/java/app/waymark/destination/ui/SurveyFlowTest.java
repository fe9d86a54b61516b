package app.waymark.destination.ui;

import app.waymark.destination.Activity;
import app.waymark.destination.ActivityAnswer;
import app.waymark.destination.StudyKind;
import app.waymark.destination.SurveyDraft;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The survey's pages as a flow, page by page, without Vaadin: what comes next, Back, and each page's problems. */
class SurveyFlowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final LocalDate LEFT = TODAY.minusDays(20);
    static final LocalDate STARTED = LEFT.plusDays(5);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    static SurveyFlow flow(SurveyDraft draft) {
        return new SurveyFlow(LEFT, false, "nia@mail.example", null, draft, CLOCK);
    }

    static SurveyFlow highNeedsFlow() {
        return new SurveyFlow(LEFT, true, null, null, SurveyDraft.EMPTY, CLOCK);
    }

    /** Gives the answer and saves the draft it comes to, as the view does; fails when the answer is refused. */
    static SurveyStep answer(SurveyFlow flow, SurveyFlow.Answer answer) {
        assertThat(answer).isInstanceOf(SurveyFlow.Accepted.class);
        return flow.saved(((SurveyFlow.Accepted) answer).draft());
    }

    static List<SurveyPageProblem> problems(SurveyFlow.Answer answer) {
        assertThat(answer).isInstanceOf(SurveyFlow.Refused.class);
        return ((SurveyFlow.Refused) answer).problems();
    }

    static SurveyFlow.Details stillGoing(Boolean sixteenOrMore, LocalDate started) {
        return new SurveyFlow.Details(sixteenOrMore, null, TypedDate.of(started), true, TypedDate.BLANK);
    }

    static ActivityAnswer employedStillGoing() {
        return new ActivityAnswer(Activity.EMPLOYED, true, null, STARTED, true, null);
    }

    static SurveyDraft completeDraft() {
        return new SurveyDraft(List.of(employedStillGoing()), "nia@mail.example", "");
    }

    /** A flow on the activities page, after the start. */
    static SurveyFlow onActivities() {
        SurveyFlow flow = flow(SurveyDraft.EMPTY);
        flow.resume("");
        flow.start();
        return flow;
    }

    @Nested
    class Start {

        @Test
        void a_new_survey_opens_at_the_start_with_no_way_back() {
            SurveyFlow flow = flow(SurveyDraft.EMPTY);

            assertThat(flow.resume("")).isEqualTo(SurveyStep.START);
            assertThat(flow.previous()).isEmpty();
        }

        @Test
        void the_start_button_leads_to_the_activities_whose_back_returns_to_the_start() {
            SurveyFlow flow = flow(SurveyDraft.EMPTY);
            flow.resume("");

            assertThat(flow.start()).isEqualTo(SurveyStep.ACTIVITIES);
            assertThat(flow.previous()).contains(SurveyStep.START);
            assertThat(flow.back()).isEqualTo(SurveyStep.START);
        }
    }

    @Nested
    class Activities {

        @Test
        void choosing_nothing_is_refused_on_the_activities_question_and_changes_nothing() {
            SurveyFlow flow = onActivities();

            assertThat(problems(flow.chooseActivities(Set.of()))).containsExactly(
                    SurveyPageProblem.of(SurveyField.ACTIVITIES, "survey.activities.none"));
            assertThat(flow.draft()).isEqualTo(SurveyDraft.EMPTY);
            assertThat(flow.current()).isEqualTo(SurveyStep.ACTIVITIES);
        }

        @Test
        void each_chosen_activity_that_asks_details_gets_a_page_in_the_order_of_the_list() {
            SurveyFlow flow = onActivities();

            SurveyStep next = answer(flow, flow.chooseActivities(Set.of(Activity.LOOKING_FOR_WORK,
                    Activity.EMPLOYED, Activity.PREFER_NOT_TO_SAY)));

            assertThat(next).isEqualTo(SurveyStep.details(0));
            assertThat(flow.withDetails()).extracting(ActivityAnswer::activity)
                    .containsExactly(Activity.EMPLOYED, Activity.LOOKING_FOR_WORK);
            assertThat(flow.detailsAnswer().activity()).isEqualTo(Activity.EMPLOYED);
        }

        @Test
        void prefer_not_to_say_alone_asks_no_details_and_goes_to_the_contact_details() {
            SurveyFlow flow = onActivities();

            assertThat(answer(flow, flow.chooseActivities(Set.of(Activity.PREFER_NOT_TO_SAY))))
                    .isEqualTo(SurveyStep.CONTACT);
            assertThat(flow.previous()).contains(SurveyStep.ACTIVITIES);
        }

        @Test
        void details_already_given_are_kept_when_the_activities_change() {
            SurveyFlow flow = flow(new SurveyDraft(List.of(employedStillGoing()), null, null));
            flow.resume("activities");

            answer(flow, flow.chooseActivities(Set.of(Activity.EMPLOYED, Activity.VOLUNTEERING)));

            assertThat(flow.draft().answers()).containsExactly(employedStillGoing(),
                    ActivityAnswer.of(Activity.VOLUNTEERING));
        }

        @Test
        void social_destinations_are_offered_only_to_high_needs_learners() {
            assertThat(flow(SurveyDraft.EMPTY).offered()).noneMatch(Activity::social);
            assertThat(highNeedsFlow().offered()).contains(Activity.INDEPENDENT_LIVING, Activity.RETURNING_HOME);
        }
    }

    @Nested
    class Details {

        @Test
        void each_details_page_leads_to_the_next_and_back_steps_through_them_to_the_activities() {
            SurveyFlow flow = onActivities();
            answer(flow, flow.chooseActivities(Set.of(Activity.EMPLOYED, Activity.VOLUNTEERING)));

            assertThat(flow.previous()).contains(SurveyStep.ACTIVITIES);
            assertThat(answer(flow, flow.answerDetails(stillGoing(true, STARTED)))).isEqualTo(SurveyStep.details(1));
            assertThat(flow.previous()).contains(SurveyStep.details(0));
            assertThat(answer(flow, flow.answerDetails(stillGoing(null, STARTED)))).isEqualTo(SurveyStep.CONTACT);
            assertThat(flow.previous()).contains(SurveyStep.details(1));
            assertThat(flow.back()).isEqualTo(SurveyStep.details(1));
            assertThat(flow.back()).isEqualTo(SurveyStep.details(0));
            assertThat(flow.back()).isEqualTo(SurveyStep.ACTIVITIES);
        }

        @Test
        void a_date_that_is_not_a_real_date_is_refused_on_its_field_before_anything_else() {
            SurveyFlow flow = onActivities();
            answer(flow, flow.chooseActivities(Set.of(Activity.EMPLOYED)));

            assertThat(problems(flow.answerDetails(new SurveyFlow.Details(null, null,
                    new TypedDate("1", "13", "2026"), true, TypedDate.BLANK)))).containsExactly(
                    SurveyPageProblem.of(SurveyField.START_DATE, "survey.date.real"));
            assertThat(problems(flow.answerDetails(new SurveyFlow.Details(true, null,
                    new TypedDate("1", "", "2026"), true, TypedDate.BLANK)))).containsExactly(
                    SurveyPageProblem.of(SurveyField.START_DATE, "survey.date.incomplete"));
            assertThat(problems(flow.answerDetails(new SurveyFlow.Details(true, null,
                    new TypedDate("1", "12", "26"), true, TypedDate.BLANK)))).containsExactly(
                    SurveyPageProblem.of(SurveyField.START_DATE, "survey.date.year-four"));
            assertThat(problems(flow.answerDetails(new SurveyFlow.Details(true, null, TypedDate.of(STARTED), false,
                    new TypedDate("31", "2", "2026"))))).containsExactly(
                    SurveyPageProblem.of(SurveyField.END_DATE, "survey.date.real"));
            assertThat(flow.draft().answers()).containsExactly(ActivityAnswer.of(Activity.EMPLOYED));
        }

        @Test
        void each_missing_or_impossible_answer_is_reported_on_its_question() {
            SurveyFlow flow = onActivities();
            answer(flow, flow.chooseActivities(Set.of(Activity.EMPLOYED)));

            assertThat(problems(flow.answerDetails(stillGoing(null, STARTED))))
                    .extracting(SurveyPageProblem::field, SurveyPageProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(SurveyField.HOURS, "survey.problem.hours"));
            assertThat(problems(flow.answerDetails(stillGoing(true, null))))
                    .extracting(SurveyPageProblem::field).containsExactly(SurveyField.START_DATE);
            assertThat(problems(flow.answerDetails(new SurveyFlow.Details(true, null, TypedDate.of(STARTED), null,
                    TypedDate.BLANK)))).extracting(SurveyPageProblem::field).containsExactly(SurveyField.ONGOING);
            assertThat(problems(flow.answerDetails(new SurveyFlow.Details(true, null, TypedDate.of(STARTED), false,
                    TypedDate.of(STARTED.minusDays(1)))))).containsExactly(SurveyPageProblem.of(SurveyField.END_DATE,
                    "survey.problem.end-date.before-start"));
        }

        @Test
        void only_the_questions_the_activity_asks_are_kept_and_an_end_date_only_when_it_has_ended() {
            SurveyFlow flow = onActivities();
            answer(flow, flow.chooseActivities(Set.of(Activity.STUDYING)));

            answer(flow, flow.answerDetails(new SurveyFlow.Details(true, StudyKind.values()[0],
                    TypedDate.of(STARTED), true, new TypedDate("not", "a", "date"))));

            assertThat(flow.draft().answers()).containsExactly(new ActivityAnswer(Activity.STUDYING, null,
                    StudyKind.values()[0], STARTED, true, null));
        }

        @Test
        void an_activity_that_ended_keeps_its_end_date() {
            SurveyFlow flow = onActivities();
            answer(flow, flow.chooseActivities(Set.of(Activity.VOLUNTEERING)));
            LocalDate ended = TODAY.minusDays(2);

            answer(flow, flow.answerDetails(new SurveyFlow.Details(null, null, TypedDate.of(STARTED), false,
                    TypedDate.of(ended))));

            assertThat(flow.draft().answers().getFirst().endDate()).isEqualTo(ended);
        }
    }

    @Nested
    class Conflicts {

        @Test
        void answers_that_do_not_fit_together_lead_to_the_conflicts_page_whose_back_is_the_last_details_page() {
            SurveyFlow flow = onActivities();
            answer(flow, flow.chooseActivities(Set.of(Activity.EMPLOYED, Activity.LOOKING_FOR_WORK)));
            answer(flow, flow.answerDetails(stillGoing(true, STARTED)));

            assertThat(answer(flow, flow.answerDetails(stillGoing(null, STARTED)))).isEqualTo(SurveyStep.CONFLICTS);
            assertThat(flow.conflicts()).extracting(SurveyPageProblem::field, SurveyPageProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(SurveyField.ANSWERS,
                            "survey.conflict.working-and-not-working"));
            assertThat(flow.previous()).contains(SurveyStep.details(1));
        }

        @Test
        void changing_the_activities_from_the_conflicts_page_goes_on_to_the_contact_details_once_they_fit() {
            SurveyFlow flow = onActivities();
            answer(flow, flow.chooseActivities(Set.of(Activity.EMPLOYED, Activity.LOOKING_FOR_WORK)));
            answer(flow, flow.answerDetails(stillGoing(true, STARTED)));
            answer(flow, flow.answerDetails(stillGoing(null, STARTED)));

            assertThat(flow.changeActivities()).isEqualTo(SurveyStep.ACTIVITIES);
            assertThat(answer(flow, flow.chooseActivities(Set.of(Activity.EMPLOYED)))).isEqualTo(SurveyStep.CONTACT);
        }
    }

    @Nested
    class Contact {

        @Test
        void offers_the_details_the_provider_holds_until_the_learner_confirms_their_own() {
            SurveyFlow flow = flow(new SurveyDraft(List.of(employedStillGoing()), null, null));
            assertThat(flow.contactEmail()).isEqualTo("nia@mail.example");
            assertThat(flow.contactMobile()).isEmpty();

            flow.resume("contact");
            answer(flow, flow.confirmContact("  ", " 07700 900 982 "));

            assertThat(flow.draft().email()).isEmpty();
            assertThat(flow.draft().mobile()).isEqualTo("07700 900 982");
            assertThat(flow.contactEmail()).isEmpty();
        }

        @Test
        void an_email_address_and_a_mobile_number_that_do_not_fit_are_both_reported_on_their_fields() {
            SurveyFlow flow = flow(new SurveyDraft(List.of(employedStillGoing()), null, null));
            flow.resume("contact");

            assertThat(problems(flow.confirmContact("nia@mail", "0770"))).containsExactly(
                    SurveyPageProblem.of(SurveyField.EMAIL, "survey.contact.email.invalid"),
                    SurveyPageProblem.of(SurveyField.MOBILE, "survey.contact.mobile.invalid"));
            assertThat(flow.draft().email()).isNull();
        }

        @Test
        void confirmed_details_lead_to_check_your_answers_and_back_returns_to_the_last_details_page() {
            SurveyFlow flow = flow(new SurveyDraft(List.of(employedStillGoing()), null, null));
            flow.resume("contact");
            assertThat(flow.previous()).contains(SurveyStep.details(0));

            assertThat(answer(flow, flow.confirmContact("nia@mail.example", ""))).isEqualTo(SurveyStep.CHECK);
            assertThat(flow.complete()).isTrue();
        }
    }

    @Nested
    class CheckAnswers {

        @Test
        void back_returns_to_the_contact_details() {
            SurveyFlow flow = flow(completeDraft());

            assertThat(flow.resume("")).isEqualTo(SurveyStep.CHECK);
            assertThat(flow.previous()).contains(SurveyStep.CONTACT);
            assertThat(flow.changeContact()).isEqualTo(SurveyStep.CONTACT);
        }

        @Test
        void after_changing_the_activities_only_the_new_activity_is_asked_about_then_check_your_answers() {
            SurveyFlow flow = flow(completeDraft());
            flow.resume("check");

            flow.changeActivities();
            assertThat(answer(flow, flow.chooseActivities(Set.of(Activity.EMPLOYED, Activity.VOLUNTEERING))))
                    .isEqualTo(SurveyStep.details(1));
            assertThat(answer(flow, flow.answerDetails(stillGoing(null, STARTED)))).isEqualTo(SurveyStep.CHECK);
        }

        @Test
        void after_changing_one_activitys_details_it_returns_to_check_your_answers() {
            SurveyFlow flow = flow(new SurveyDraft(List.of(employedStillGoing(),
                    new ActivityAnswer(Activity.VOLUNTEERING, null, null, STARTED, true, null)), "", ""));
            flow.resume("check");

            assertThat(flow.changeDetails(0)).isEqualTo(SurveyStep.details(0));
            assertThat(answer(flow, flow.answerDetails(stillGoing(false, STARTED)))).isEqualTo(SurveyStep.CHECK);
            assertThat(flow.draft().answers().getFirst().sixteenHoursOrMore()).isFalse();
        }

        @Test
        void once_sent_there_is_a_thank_you_page_and_no_way_back() {
            SurveyFlow flow = flow(completeDraft());
            flow.resume("check");

            assertThat(flow.submitted()).isEqualTo(SurveyStep.THANKS);
            assertThat(flow.previous()).isEmpty();
        }
    }

    @Nested
    class Resuming {

        @Test
        void a_complete_survey_resumes_at_check_your_answers_and_an_incomplete_one_at_the_start() {
            assertThat(flow(completeDraft()).resume("")).isEqualTo(SurveyStep.CHECK);
            assertThat(flow(completeDraft()).resume("nonsense")).isEqualTo(SurveyStep.CHECK);
            assertThat(flow(completeDraft()).resume("start")).isEqualTo(SurveyStep.START);
            SurveyDraft unconfirmed = new SurveyDraft(List.of(employedStillGoing()), null, null);
            assertThat(flow(unconfirmed).resume("check")).isEqualTo(SurveyStep.START);
        }

        @Test
        void the_address_opens_a_page_only_when_the_answers_so_far_allow_it() {
            SurveyDraft employed = new SurveyDraft(List.of(ActivityAnswer.of(Activity.EMPLOYED)), null, null);

            assertThat(flow(SurveyDraft.EMPTY).resume("activities")).isEqualTo(SurveyStep.ACTIVITIES);
            assertThat(flow(employed).resume("details-0")).isEqualTo(SurveyStep.details(0));
            assertThat(flow(employed).resume("details-7")).isEqualTo(SurveyStep.START);
            assertThat(flow(employed).resume("details--1")).isEqualTo(SurveyStep.START);
            assertThat(flow(employed).resume("contact")).isEqualTo(SurveyStep.CONTACT);
            assertThat(flow(SurveyDraft.EMPTY).resume("contact")).isEqualTo(SurveyStep.START);
            assertThat(flow(SurveyDraft.EMPTY).resume("conflicts")).isEqualTo(SurveyStep.START);
            assertThat(flow(completeDraft()).resume("conflicts")).as("nothing conflicts: on to the contact details")
                    .isEqualTo(SurveyStep.CONTACT);
        }

        @Test
        void each_page_is_named_in_the_address_and_read_back_from_it() {
            for (SurveyStep step : List.of(SurveyStep.START, SurveyStep.ACTIVITIES, SurveyStep.details(2),
                    SurveyStep.CONFLICTS, SurveyStep.CONTACT, SurveyStep.CHECK)) {
                assertThat(SurveyStep.fromAddress(step.address())).contains(step);
            }
            assertThat(SurveyStep.details(1).address()).isEqualTo("details-1");
            assertThat(SurveyStep.fromAddress("thanks")).isEmpty();
        }

        @Test
        void a_page_that_saves_no_answers_cannot_be_saved_from() {
            SurveyFlow flow = flow(SurveyDraft.EMPTY);
            flow.resume("");

            assertThatThrownBy(() -> flow.saved(SurveyDraft.EMPTY)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void every_problem_the_flow_reports_has_uk_english_text() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            texts.load(in);
        }
        List<String> keys = List.of("survey.activities.none", "survey.date.incomplete", "survey.date.year-four",
                "survey.date.real", "survey.contact.email.invalid", "survey.contact.mobile.invalid");
        SurveyFlow flow = onActivities();
        assertThat(problems(flow.chooseActivities(Set.of()))).extracting(SurveyPageProblem::messageKey)
                .allMatch(keys::contains);
        assertThat(keys).allMatch(texts::containsKey);
    }
}
