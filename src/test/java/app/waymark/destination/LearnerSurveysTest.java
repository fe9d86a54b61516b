package app.waymark.destination;

import app.waymark.MailedLinks;
import app.waymark.base.security.Permission;
import app.waymark.learner.RecordChange;
import app.waymark.tracker.LearnerRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnerSurveysTest extends DestinationTest {

    @Autowired
    LearnerSurveys surveys;
    @Autowired
    SurveyDispatch dispatch;
    @Autowired
    DestinationSettingsService settings;
    @Autowired
    LearnerRequests requests;
    @Autowired
    LearnerDestinations learnerDestinations;
    @Autowired
    ManualDestinations manual;

    DispatchTestTenant provider;
    LocalDate today;
    LocalDate left;
    UUID learner;
    String email;
    String token;

    @BeforeEach
    void aLearnerWhoLeftAndWasInvited() {
        provider = newProvider();
        today = ukToday();
        left = today.minusDays(20);
        provider.run(() -> settings.save(new TrackingSettings(true, today.minusYears(1), 0, 7, 14, 28, 28,
                ContactRuleMode.STRICT, SurveyChannels.EMAIL)));
        // An address of this test's own: a reminder an earlier test's survey sends later must not be taken for its link.
        email = "nia-" + UUID.randomUUID() + "@mail.example";
        learner = provider.learner("Nia Rose", email, null, left, "", "");
        int earlier = MAIL.receivedBy(email).size();
        provider.call(dispatch::runDaily);
        token = MailedLinks.token(MailedLinks.awaitLink(MAIL, email, "/survey/", earlier + 1));
    }

    private LearnerSurveys.Survey open() {
        return surveys.open(token).orElseThrow();
    }

    @Test
    void opening_a_link_shows_the_learners_survey_and_changes_nothing() {
        LearnerSurveys.Survey survey = open();
        surveys.open(token);

        assertThat(survey.state()).isEqualTo(LearnerSurveys.State.OPEN);
        assertThat(survey.firstName()).isEqualTo("Nia");
        assertThat(survey.leavingDate()).isEqualTo(left);
        assertThat(provider.count("select count(*) from survey_response")).isZero();
        assertThat(provider.query("select opened_at is null from survey_invitation", Boolean.class))
                .containsExactly(true);
    }

    @Test
    void unknown_malformed_and_tampered_tokens_open_nothing() {
        assertThat(surveys.open("not-a-token")).isEmpty();
        assertThat(surveys.open(null)).isEmpty();
        char last = token.charAt(42);
        assertThat(surveys.open(token.substring(0, 42) + (last == 'A' ? 'B' : 'A'))).isEmpty();
    }

    @Test
    void answers_are_saved_as_the_learner_goes_and_a_reopened_link_resumes() {
        SurveyDraft draft = new SurveyDraft(List.of(ActivityAnswer.of(Activity.EMPLOYED)), null, null);
        surveys.saveDraft(open(), draft);

        assertThat(open().draft().answers()).extracting(ActivityAnswer::activity).containsExactly(Activity.EMPLOYED);
        assertThat(provider.query("select opened_at is not null from survey_invitation", Boolean.class))
                .containsExactly(true);
    }

    @Test
    void submitting_records_the_outcomes_once_and_a_second_submit_changes_nothing() {
        SurveyDraft draft = new SurveyDraft(List.of(new ActivityAnswer(Activity.EMPLOYED, true, null,
                left.minusDays(100), true, null)), "nia.rose@new.example", null);
        List<Outcome> first = surveys.submit(open(), draft);
        List<Outcome> second = surveys.submit(open(), draft);

        assertThat(first).extracting(Outcome::label).containsExactly("EMP-1");
        assertThat(second).isEqualTo(first);
        Map<String, Object> record = provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from destination_record where learner_id = ? and source = 'SURVEY'", learner)));
        assertThat(record.get("start_date").toString()).isEqualTo(left.plusDays(1).toString());
        assertThat(record.get("answered_start_date").toString()).isEqualTo(left.minusDays(100).toString());
        assertThat(record.get("collection_date").toString()).isEqualTo(today.toString());
        assertThat(open().state()).isEqualTo(LearnerSurveys.State.ANSWERED);
        assertThat(provider.query("select contact_changed from survey_response", Boolean.class))
                .containsExactly(true);
    }

    @Test
    void new_contact_details_raise_a_change_of_contact_details_tracker_on_the_learners_behalf_once() {
        SurveyDraft draft = new SurveyDraft(List.of(new ActivityAnswer(Activity.EMPLOYED, true, null,
                left.plusDays(3), true, null)), "nia.rose@new.example", "07700 900123");
        SecurityContextHolder.clearContext();
        surveys.submit(open(), draft);
        surveys.submit(open(), draft);

        Map<String, Object> tracker = onlyTracker();
        assertThat(tracker).containsEntry("tracker_type", "CHANGE_OF_CONTACT_DETAILS")
                .containsEntry("raised_by_kind", "LEARNER").containsEntry("raised_by_name", "Nia Rose Tester")
                .containsEntry("source", "Destination survey").containsEntry("status", "NEW")
                .containsEntry("email", "nia.rose@new.example").containsEntry("tel_no", "07700900123");
        assertThat(response()).containsEntry("contact_changed", true).containsEntry("contact_review", "TRACKER")
                .containsEntry("contact_tracker_id", tracker.get("id")).containsEntry("contact_note", null);
        assertThat(provider.query("select email from learner", String.class)).containsExactly(email);
    }

    @Test
    void details_confirmed_as_they_are_raise_nothing() {
        SecurityContextHolder.clearContext();
        surveys.submit(open(), new SurveyDraft(List.of(ActivityAnswer.of(Activity.PREFER_NOT_TO_SAY)),
                " " + email.toUpperCase(java.util.Locale.ROOT) + " ", ""));

        assertThat(provider.count("select count(*) from tracker")).isZero();
        assertThat(response()).containsEntry("contact_changed", false).containsEntry("contact_review", null);
    }

    @Test
    void when_staff_are_already_dealing_with_an_earlier_request_the_answers_are_recorded_and_why_is_kept() {
        SecurityContextHolder.clearContext();
        provider.call(() -> requests.request(learner, new RecordChange.ContactDetailsChange("nia@portal.example",
                null), "Learner portal", null));
        provider.run(() -> transactions.executeWithoutResult(status -> jdbc.update(
                "update tracker set status = 'PRE_AUTHORISED' where learner_id = ?", learner)));

        List<Outcome> outcomes = surveys.submit(open(), new SurveyDraft(List.of(new ActivityAnswer(
                Activity.EMPLOYED, true, null, left.plusDays(3), true, null)), "nia.rose@new.example", null));

        assertThat(outcomes).extracting(Outcome::label).containsExactly("EMP-1");
        assertThat(open().state()).isEqualTo(LearnerSurveys.State.ANSWERED);
        assertThat(provider.count("select count(*) from destination_record where source = 'SURVEY'")).isOne();
        assertThat(provider.count("select count(*) from tracker")).isOne();
        assertThat(response()).containsEntry("contact_changed", true).containsEntry("contact_review", "NOT_RAISED")
                .containsEntry("contact_tracker_id", null).containsEntry("confirmed_email", "nia.rose@new.example");
        assertThat((String) response().get("contact_note")).contains("already dealing with your earlier request");
        DispatchTestTenant.actAsWithPermissions(Permission.LEARNER_VIEW);
        assertThat(provider.call(() -> learnerDestinations.contactDetailsNotRaised(learner))).singleElement()
                .satisfies(details -> {
                    assertThat(details.email()).isEqualTo("nia.rose@new.example");
                    assertThat(details.reason()).contains("already dealing with your earlier request");
                });
    }

    @Test
    void where_contact_details_apply_at_once_the_record_changes_with_the_answers() {
        provider.run(() -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into tracker_type_setting (tenant_id, tracker_type, enabled, pre_authorisation_required,
                    applies_at_once, due_days, updated_at)
                values (?, 'CHANGE_OF_CONTACT_DETAILS', true, false, true, 5, now())""", provider.id)));
        SecurityContextHolder.clearContext();

        surveys.submit(open(), new SurveyDraft(List.of(ActivityAnswer.of(Activity.PREFER_NOT_TO_SAY)),
                "nia.rose@new.example", "07700900123"));

        assertThat(onlyTracker()).containsEntry("status", "PROCESSED");
        Map<String, Object> record = provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select email, tel_no, mobile_e164 from learner where id = ?", learner)));
        assertThat(record).containsEntry("email", "nia.rose@new.example").containsEntry("tel_no", "07700900123")
                .containsEntry("mobile_e164", "+447700900123");
    }

    private Map<String, Object> onlyTracker() {
        return provider.call(() -> transactions.execute(status -> jdbc.queryForMap("""
                select id, tracker_type, raised_by_kind, raised_by_name, source, status,
                       requested_change->>'email' as email, requested_change->>'telNo' as tel_no
                from tracker where learner_id = ?""", learner)));
    }

    private Map<String, Object> response() {
        return provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from survey_response")));
    }

    @Test
    void conflicting_answers_are_refused_and_nothing_is_recorded() {
        SurveyDraft draft = new SurveyDraft(List.of(
                new ActivityAnswer(Activity.EMPLOYED, true, null, left.plusDays(2), true, null),
                new ActivityAnswer(Activity.LOOKING_FOR_WORK, null, null, left.plusDays(2), true, null)), null, null);

        assertThatThrownBy(() -> surveys.submit(open(), draft)).isInstanceOfSatisfying(SurveyAnswersException.class,
                e -> assertThat(e.problems()).extracting(SurveyProblem::messageKey)
                        .containsExactly("survey.conflict.working-and-not-working"));
        assertThat(provider.count("select count(*) from destination_record")).isZero();
    }

    @Test
    void survey_answers_are_checked_with_the_records_staff_entered_and_a_clash_is_explained_and_changes_nothing() {
        provider.call(() -> manual.add(learner, new ManualDestinations.Entry(OutcomeType.NPE, 1, left.plusDays(2), null,
                today)));
        SurveyDraft draft = new SurveyDraft(List.of(
                new ActivityAnswer(Activity.EMPLOYED, true, null, left.plusDays(2), true, null)), null, null);

        assertThatThrownBy(() -> surveys.submit(open(), draft)).isInstanceOfSatisfying(SurveyAnswersException.class,
                e -> assertThat(e.problems()).extracting(SurveyProblem::messageKey)
                        .containsExactly("survey.conflict.existing.NPE"));
        assertThat(provider.count("select count(*) from destination_record where source = 'SURVEY'")).isZero();
        assertThat(open().state()).isEqualTo(LearnerSurveys.State.OPEN);
    }

    @Test
    void an_expired_link_can_be_opened_but_not_answered() {
        clock.advance(Duration.ofDays(29));

        LearnerSurveys.Survey survey = open();

        assertThat(survey.state()).isEqualTo(LearnerSurveys.State.EXPIRED);
        assertThatThrownBy(() -> surveys.saveDraft(survey, SurveyDraft.EMPTY)).hasMessage(
                "This survey link has expired.");
    }

    @Test
    void unsubscribing_suppresses_the_learner_closes_the_survey_and_records_OTH_3_once() {
        surveys.unsubscribe(open());
        surveys.unsubscribe(open());

        assertThat(open().state()).isEqualTo(LearnerSurveys.State.UNSUBSCRIBED);
        Map<String, Object> oth3 = provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from destination_record where learner_id = ?", learner)));
        assertThat(oth3).containsEntry("out_type", "OTH").containsEntry("out_code", 3)
                .containsEntry("flag", "UNSUBSCRIBED");
        assertThat(oth3.get("start_date").toString()).isEqualTo(left.plusDays(1).toString());
        assertThat(provider.count("select count(*) from learner_suppression where learner_id = ?"
                + " and purpose = 'DESTINATION_SURVEY'", learner)).isEqualTo(1);
        clock.advance(Duration.ofDays(7));
        assertThat(provider.call(dispatch::runDaily).reminded()).isZero();
    }

    @Test
    void a_token_of_one_provider_never_opens_another_providers_survey() {
        DispatchTestTenant other = newProvider();
        LearnerSurveys.Survey survey = open();

        assertThat(survey.tenantId()).isEqualTo(provider.id).isNotEqualTo(other.id);
        assertThat(other.count("select count(*) from survey_invitation")).isZero();
    }

    @Test
    void rule_2_unsubscribing_records_no_OTH_3_when_a_destination_since_leaving_exists() {
        new DestinationTestData(provider, jdbc, transactions).record(learner, "EMP", 1, left.plusDays(2), today,
                "MANUAL", null);

        surveys.unsubscribe(open());

        assertThat(open().state()).isEqualTo(LearnerSurveys.State.UNSUBSCRIBED);
        assertThat(provider.query("select out_type || '-' || out_code from destination_record where learner_id = ?",
                String.class, learner)).containsExactly("EMP-1");
        assertThat(provider.count("select count(*) from learner_suppression where learner_id = ?"
                + " and purpose = 'DESTINATION_SURVEY'", learner)).isEqualTo(1);
    }

    @Test
    void rule_2_a_late_answer_after_the_non_response_window_is_recorded_beside_the_automatic_OTH_3() {
        provider.run(() -> settings.save(new TrackingSettings(true, today.minusYears(1), 0, 7, null, 14, 28,
                ContactRuleMode.STRICT, SurveyChannels.EMAIL)));
        clock.advance(Duration.ofDays(15));
        provider.call(dispatch::runDaily);
        assertThat(provider.query("select flag from destination_record where learner_id = ?", String.class, learner))
                .containsExactly("NO_RESPONSE");

        LearnerSurveys.Survey late = open();
        assertThat(late.state()).isEqualTo(LearnerSurveys.State.OPEN);
        surveys.submit(late, new SurveyDraft(List.of(new ActivityAnswer(Activity.EMPLOYED, true, null,
                left.plusDays(10), true, null)), null, null));

        assertThat(open().state()).isEqualTo(LearnerSurveys.State.ANSWERED);
        assertThat(provider.query("select out_type || '-' || out_code || ' ' || source from destination_record"
                + " where learner_id = ? order by out_type", String.class, learner))
                .containsExactly("EMP-1 SURVEY", "OTH-3 AUTOMATIC");
    }

    @Test
    void rule_2_a_late_answer_that_cannot_stand_beside_the_automatic_OTH_3_supersedes_it_and_is_audited() {
        provider.run(() -> settings.save(new TrackingSettings(true, today.minusYears(1), 0, 7, null, 14, 28,
                ContactRuleMode.STRICT, SurveyChannels.EMAIL)));
        clock.advance(Duration.ofDays(15));
        provider.call(dispatch::runDaily);

        // "Prefer not to say" is an OTH outcome from the day after leaving: the OTH-3's own type and start date.
        surveys.submit(open(), new SurveyDraft(List.of(ActivityAnswer.of(Activity.PREFER_NOT_TO_SAY)), null, null));

        assertThat(open().state()).isEqualTo(LearnerSurveys.State.ANSWERED);
        assertThat(provider.query("select out_type || '-' || out_code || ' ' || source || ' '"
                + " || case when superseded_at is null then 'counts' else 'superseded by ' || superseded_by end"
                + " from destination_record where learner_id = ? order by source", String.class, learner))
                .hasSize(2)
                .contains("OTH-3 AUTOMATIC superseded by Learner (survey link)")
                .anySatisfy(row -> assertThat(row).matches("OTH-\\d+ SURVEY counts"));
        assertThat(provider.query("select actor_name from audit_event where action = 'DESTINATION_RECORD_SUPERSEDED'"
                + " and subject_id = ?", String.class, learner.toString()))
                .containsExactly("Learner (survey link)");
    }

    @Test
    void rule_7_the_learners_later_same_answer_confirms_a_future_outcome_that_has_started() {
        // Staff recorded, before the survey, work starting three days ago; a course starting next month is not yet due.
        UUID work = staffRecord("EMP", 1, today.minusDays(3), today.minusDays(15));
        staffRecord("EDU", 4, today.plusDays(30), today.minusDays(15));

        surveys.submit(open(), new SurveyDraft(List.of(
                new ActivityAnswer(Activity.EMPLOYED, true, null, today.minusDays(3), true, null),
                new ActivityAnswer(Activity.STUDYING, null, StudyKind.FURTHER_EDUCATION_FULL_TIME,
                        today.plusDays(30), true, null)), null, null));

        assertThat(provider.query("select out_type || '-' || out_code || ' ' || source || ' '"
                + " || coalesce('confirmed by ' || confirmed_by, 'unconfirmed') from destination_record"
                + " where learner_id = ? order by start_date", String.class, learner))
                .as("the same answers are not recorded twice; the started one confirms the staff record")
                .containsExactly("EMP-1 MANUAL confirmed by Learner (survey link)", "EDU-4 MANUAL unconfirmed");
        assertThat(provider.query("select actor_name || ' ' || (details_after ->> 'record') from audit_event"
                + " where action = 'DESTINATION_OUTCOME_CONFIRMED' and subject_id = ?", String.class,
                learner.toString())).containsExactly("Learner (survey link) " + work);
        assertThat(provider.query("select outcomes from destination_report_line where learner_id = ?",
                String.class, learner)).containsExactly("EMP-1");
    }

    private UUID staffRecord(String type, int code, LocalDate start, LocalDate collected) {
        UUID id = UUID.randomUUID();
        provider.run(() -> transactions.executeWithoutResult(tx -> jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, 'MANUAL', now(), 'test')""", provider.id, id, learner, type, code,
                java.sql.Date.valueOf(start), java.sql.Date.valueOf(collected))));
        return id;
    }
}
