package app.waymark.destination.ui;

import app.waymark.branding.BrandingService;
import app.waymark.destination.Activity;
import app.waymark.destination.DestinationSettingsService;
import app.waymark.destination.ManualDestinations;
import app.waymark.destination.OutcomeCode;
import app.waymark.destination.SurveyDispatch;
import app.waymark.destination.SurveyLinkFixture;
import app.waymark.tenant.TenantService;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's survey pages, anonymous, against the real database: each test gets a fresh provider whose daily run
 * invited a learner, and uses the token from the queued email.
 */
class SurveyViewTest extends KaribuTest {

    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DestinationSettingsService settings;
    @Autowired
    SurveyDispatch dispatch;
    @Autowired
    BrandingService brandings;
    @Autowired
    ManualDestinations manual;

    SurveyLinkFixture provider;
    SurveyLinkFixture.Invited learner;
    String providerName;

    @org.springframework.beans.factory.annotation.Value("${waymark.link-guesses.per-client}")
    int linkGuessesPerClient;

    @BeforeEach
    void aLearnerWhoLeftTwentyDaysAgoAndWasInvited() {
        provider = SurveyLinkFixture.provider(tenants, jdbc, transactions, settings, dispatch, clock);
        providerName = "Larkspur College " + provider.tenantId().toString().substring(0, 6);
        provider.brand(brandings, providerName, "#7a1f5c");
        learner = provider.invite("Nia Rose", "nia@mail.example", 20);
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_learner_answers_employed_16_hours_or_more_still_going_and_gets_EMP_1_from_the_date_they_gave() {
        LocalDate started = learner.leavingDate().plusDays(5);
        open(learner.token());
        assertThat(heading()).isEqualTo("What have you been doing since you left " + providerName + "?");
        assertThat(_get(Span.class, spec -> spec.withId("survey-provider")).getText()).isEqualTo(providerName);
        _assertNone(NativeButton.class, spec -> spec.withId("survey-back"));

        _click(button("start"));
        chooseActivities(Activity.EMPLOYED);
        assertThat(heading()).isEqualTo("Paid work for an employer");
        answerDetails(true, started, true);
        assertThat(heading()).isEqualTo("Check your contact details");
        assertThat(_get(com.vaadin.flow.component.textfield.EmailField.class, spec -> spec.withId("email"))
                .getValue()).isEqualTo("nia@mail.example");
        _click(button("continue"));
        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(_get(Div.class, spec -> spec.withId("summary")).getElement().getTextRecursively())
                .contains("Paid work for an employer", "16 hours or more a week", "Still doing this");

        Button submit = button("submit");
        _click(submit);
        submit.click(); // a second click that reached the server anyway
        assertThat(heading()).isEqualTo("Thank you");

        Map<String, Object> record = onlySurveyRecord();
        assertThat(record).containsEntry("out_type", "EMP").containsEntry("out_code", 1)
                .containsEntry("end_date", null).containsEntry("answered_start_date", null);
        assertThat(record.get("start_date").toString()).isEqualTo(started.toString());
        assertThat(provider.count("select count(*) from survey_invitation where status = 'ANSWERED'"))
                .isEqualTo(1);

        open(learner.token());
        assertThat(heading()).isEqualTo("You have already answered");
        assertThat(text()).contains(providerName);
        assertThat(provider.count("select count(*) from destination_record where source = 'SURVEY'"))
                .isEqualTo(1);
    }

    @Test
    void a_start_date_before_leaving_is_recorded_from_the_day_after_leaving_keeping_the_date_given() {
        LocalDate before = learner.leavingDate().minusMonths(2);
        open(learner.token());
        _click(button("start"));
        chooseActivities(Activity.EMPLOYED);
        answerDetails(false, before, true);
        _click(button("continue"));
        _click(button("submit"));

        Map<String, Object> record = onlySurveyRecord();
        assertThat(record).containsEntry("out_type", "EMP").containsEntry("out_code", 2);
        assertThat(record.get("start_date").toString()).isEqualTo(learner.leavingDate().plusDays(1).toString());
        assertThat(record.get("answered_start_date").toString()).isEqualTo(before.toString());
    }

    @Test
    void answers_that_do_not_fit_together_are_shown_before_anything_is_recorded_with_a_way_back() {
        LocalDate started = learner.leavingDate().plusDays(3);
        open(learner.token());
        _click(button("start"));
        chooseActivities(Activity.EMPLOYED, Activity.LOOKING_FOR_WORK);
        assertThat(_get(Span.class, spec -> spec.withId("survey-caption")).getText()).isEqualTo("Activity 1 of 2");
        answerDetails(true, started, true);
        assertThat(heading()).isEqualTo("Not working, looking for work");
        answerDetails(null, started, true);

        assertThat(heading()).isEqualTo("Some of your answers do not fit together");
        assertThat(_get(Div.class, spec -> spec.withId("error-summary")).getElement().getTextRecursively())
                .contains("There is a problem", "in paid work and also not in paid work");
        assertThat(provider.count("select count(*) from destination_record where source = 'SURVEY'")).isZero();

        _click(button("change-activities"));
        assertThat(heading()).isEqualTo("What have you done since you left?");
        chooseActivities(Activity.EMPLOYED);
        assertThat(heading()).isEqualTo("Check your contact details");
    }

    @Test
    void a_details_page_shows_what_is_wrong_on_the_field_and_in_the_summary() {
        open(learner.token());
        _click(button("start"));
        _click(button("continue"));
        assertThat(errorSummary()).contains("Select at least one thing");
        chooseActivities(Activity.EMPLOYED);
        _setValue(radio("hours"), true);
        date("startDate", learner.leavingDate().plusDays(2));
        _setValue(radio("ongoing"), false);
        date("endDate", learner.leavingDate().plusDays(1));
        _click(button("continue"));

        assertThat(heading()).isEqualTo("Paid work for an employer");
        assertThat(errorSummary()).contains("must be the same as or after the date it started");
        assertThat(_get(Span.class, spec -> spec.withId("endDate-error")).getText())
                .contains("must be the same as or after");
    }

    @Test
    void answers_that_clash_with_a_record_staff_entered_are_explained_on_check_your_answers_and_nothing_is_recorded() {
        LocalDate started = learner.leavingDate().plusDays(2);
        SurveyLinkFixture.actAsProviderAdmin();
        provider.call(() -> manual.add(learner.learnerId(), new ManualDestinations.Entry(OutcomeCode.NPE_1.type(),
                OutcomeCode.NPE_1.code(), started, null, provider.today())));
        SecurityContextHolder.clearContext();
        open(learner.token());
        _click(button("start"));
        chooseActivities(Activity.EMPLOYED);
        answerDetails(true, started, true);
        _click(button("continue"));

        _click(button("submit"));

        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(errorSummary()).contains("We already have a record of you not in paid work");
        assertThat(provider.count("select count(*) from destination_record where source = 'SURVEY'")).isZero();
        _click(_get(NativeButton.class, spec -> spec.withClasses("wm-survey-error-link")));
        assertThat(heading()).isEqualTo("What have you done since you left?");
    }

    @Test
    void answers_are_saved_page_by_page_and_the_link_resumes_with_them() {
        open(learner.token());
        _click(button("start"));
        chooseActivities(Activity.EMPLOYED);
        answerDetails(true, learner.leavingDate().plusDays(4), true);
        _click(button("continue"));

        open(learner.token());
        assertThat(heading()).isEqualTo("Check your answers");
        _click(_get(NativeButton.class, spec -> spec.withId("change-activities")));
        assertThat(checkboxes().getValue()).containsExactly(Activity.EMPLOYED);
    }

    @Test
    void opening_the_link_writes_nothing() {
        open(learner.token());
        open(learner.token());
        _click(button("start"));

        assertThat(provider.count("select count(*) from survey_response")).isZero();
        assertThat(provider.count("select count(*) from survey_invitation where opened_at is not null")).isZero();
        assertThat(provider.count("select count(*) from destination_record")).isZero();
    }

    @Test
    void an_expired_link_says_so_and_names_the_provider() {
        clock.advance(Duration.ofDays(29));
        open(learner.token());

        assertThat(heading()).isEqualTo("This survey link has expired");
        assertThat(text()).contains(providerName);
        _assertNone(Button.class, spec -> spec.withId("start"));
    }

    @Test
    void unknown_tampered_and_malformed_links_are_not_recognised_and_show_no_provider() {
        String token = learner.token();
        String tampered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');
        for (String link : new String[]{tampered, "A".repeat(43), "not-a-token"}) {
            open(link);
            assertThat(heading()).isEqualTo("This link is not recognised");
            assertThat(_get(Span.class, spec -> spec.withId("survey-provider")).getText()).isEqualTo("Waymark");
            assertThat(text()).doesNotContain(providerName);
        }
    }

    @Test
    void a_client_that_opened_too_many_unknown_links_opens_none_not_even_a_real_one_until_the_hour_has_passed() {
        int allowed = linkGuessesPerClient;
        jdbc.update("delete from sign_in_throttle where throttle_key like 'link-guess:%'");
        try {
            for (int guess = 0; guess < allowed; guess++) {
                open("%043d".formatted(guess));
                assertThat(heading()).isEqualTo("This link is not recognised");
            }

            open(learner.token());
            assertThat(heading()).isEqualTo("Too many links that do not work");
            _assertNone(Button.class, spec -> spec.withId("start"));
            assertThat(text()).doesNotContain(providerName);

            clock.advance(Duration.ofMinutes(61));
            open(learner.token());
            assertThat(_get(Button.class, spec -> spec.withId("start")).isVisible()).isTrue();
        } finally {
            jdbc.update("delete from sign_in_throttle where throttle_key like 'link-guess:%'");
        }
    }

    @Test
    void each_link_shows_only_its_own_providers_branding() {
        SurveyLinkFixture other = SurveyLinkFixture.provider(tenants, jdbc, transactions, settings, dispatch,
                clock);
        String otherName = "Oakfield Academy " + other.tenantId().toString().substring(0, 6);
        other.brand(brandings, otherName, "#0b6e4f");
        SurveyLinkFixture.Invited otherLearner = other.invite("Omar", "omar@mail.example", 10);
        SecurityContextHolder.clearContext();

        open(otherLearner.token());
        assertThat(_get(Span.class, spec -> spec.withId("survey-provider")).getText()).isEqualTo(otherName);
        assertThat(text()).doesNotContain(providerName);
        open(learner.token());
        assertThat(_get(Span.class, spec -> spec.withId("survey-provider")).getText()).isEqualTo(providerName);
        assertThat(text()).doesNotContain(otherName);
    }

    @Test
    void opening_the_unsubscribe_link_changes_nothing_and_confirming_records_OTH_3_flagged_unsubscribed() {
        UI.getCurrent().navigate("survey/" + learner.token() + "/unsubscribe");
        assertThat(heading()).isEqualTo("Stop messages about this survey");
        assertThat(text()).contains(providerName);
        assertThat(provider.count("select count(*) from destination_record")).isZero();
        assertThat(provider.count("select count(*) from learner_suppression")).isZero();
        assertThat(provider.count("select count(*) from survey_invitation where status = 'UNSUBSCRIBED'")).isZero();

        _click(button("unsubscribe"));
        assertThat(heading()).isEqualTo("You will not be contacted about this survey");
        Map<String, Object> record = provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from destination_record where learner_id = ?", learner.learnerId())));
        assertThat(record).containsEntry("out_type", "OTH").containsEntry("out_code", 3)
                .containsEntry("flag", "UNSUBSCRIBED");
        assertThat(provider.count("select count(*) from learner_suppression")).isEqualTo(1);

        open(learner.token());
        assertThat(heading()).isEqualTo("You will not be contacted about this survey");
    }

    // ---- helpers ----

    @Test
    void the_address_names_each_page_so_browser_back_returns_to_the_page_before_within_what_is_answered() {
        open(learner.token());
        _click(button("start"));
        chooseActivities(Activity.EMPLOYED, Activity.LOOKING_FOR_WORK);
        assertThat(heading()).isEqualTo("Paid work for an employer");

        openPage(learner.token(), "activities");
        assertThat(heading()).isEqualTo("What have you done since you left?");
        assertThat(checkboxes().getValue()).containsExactlyInAnyOrder(Activity.EMPLOYED, Activity.LOOKING_FOR_WORK);
        openPage(learner.token(), "details-0");
        assertThat(heading()).isEqualTo("Paid work for an employer");
        String start = "What have you been doing since you left " + providerName + "?";
        openPage(learner.token(), "details-7");
        assertThat(heading()).isEqualTo(start);
        openPage(learner.token(), "check");
        assertThat(heading()).as("check your answers needs every answer").isEqualTo(start);
    }

    private void openPage(String token, String page) {
        UI.getCurrent().navigate("survey/" + token, com.vaadin.flow.router.QueryParameters.of("page", page));
    }

    private void open(String token) {
        UI.getCurrent().navigate("survey/" + token);
    }

    private String heading() {
        return _get(H1.class, spec -> spec.withId("survey-heading")).getText();
    }

    private String text() {
        return _get(Main.class, spec -> spec.withClasses("wm-survey-body")).getElement().getTextRecursively();
    }

    private String errorSummary() {
        return _get(Div.class, spec -> spec.withId("error-summary")).getElement().getTextRecursively();
    }

    private Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Activity> checkboxes() {
        return _get(CheckboxGroup.class, spec -> spec.withId("activities"));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Boolean> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    private void chooseActivities(Activity... activities) {
        _setValue(checkboxes(), Set.of(activities));
        _click(button("continue"));
    }

    private void answerDetails(Boolean sixteenOrMore, LocalDate started, boolean ongoing) {
        if (sixteenOrMore != null) {
            _setValue(radio("hours"), sixteenOrMore);
        }
        date("startDate", started);
        _setValue(radio("ongoing"), ongoing);
        _click(button("continue"));
    }

    private void date(String id, LocalDate date) {
        _setValue(_get(TextField.class, spec -> spec.withId(id + "-day")), Integer.toString(date.getDayOfMonth()));
        _setValue(_get(TextField.class, spec -> spec.withId(id + "-month")), Integer.toString(date.getMonthValue()));
        _setValue(_get(TextField.class, spec -> spec.withId(id + "-year")), Integer.toString(date.getYear()));
    }

    private Map<String, Object> onlySurveyRecord() {
        return provider.call(() -> transactions.execute(status -> jdbc.queryForMap("select * from destination_record where learner_id = ?"
                + " and source = 'SURVEY'", learner.learnerId())));
    }
}
