package app.waymark.portal.ui;

import app.waymark.learner.RecordChange;
import app.waymark.portal.PortalTestLearners;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSetting;
import app.waymark.tracker.TrackerTypeSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.UUID;

import static app.waymark.portal.PortalTestLearners.codeEmailed;
import static app.waymark.portal.PortalTestLearners.codeTexted;
import static app.waymark.portal.PortalTestLearners.newEmail;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request a change of contact details: the email can never be emptied, the mobile must be a UK mobile, and a new
 * email address or mobile is confirmed with the code sent to it before the request can be sent.
 */
class ChangeContactViewTest extends PortalPageTest {

    private static final String LANDLINE = "01632960111";

    @Autowired
    TrackerTypeSettings settings;

    @Test
    void the_email_cannot_be_emptied_the_mobile_must_be_a_uk_mobile_and_nothing_is_sent_for_no_change() {
        UUID learner = riverside.learner("WM00000285");
        String email = newEmail("ola");
        riverside.holds(learner, email, LANDLINE);
        openAs("WM00000285", "me/riverside/change/contact");
        assertThat(heading()).isEqualTo("What are your contact details?");
        assertThat(email().getValue()).isEqualTo(email);
        assertThat(field("mobile").getValue()).as("a landline is not offered as a mobile").isEmpty();

        click("continue");
        assertThat(errorSummary()).contains("These are the contact details we already have");

        _setValue(email(), "");
        type("mobile", "01632 960111");
        click("continue");
        assertThat(errorSummary()).contains("Enter your email address: we need one to contact you",
                "Enter a UK mobile number, like 07700 900 982");
        assertThat(email().getErrorMessage()).isEqualTo("Enter your email address: we need one to contact you");
        assertThat(field("mobile").isInvalid()).isTrue();

        _setValue(email(), "ola at example.org");
        type("mobile", "");
        click("continue");
        assertThat(errorSummary()).contains("Enter an email address in the correct format, like name@example.com");
        assertThat(heading()).isEqualTo("What are your contact details?");
        assertThat(requestsOf(learner)).isEmpty();
    }

    @Test
    void a_new_email_is_confirmed_with_the_code_sent_to_it_and_a_landline_already_held_stays() {
        UUID learner = riverside.learner("WM00000286");
        riverside.holds(learner, newEmail("pat"), LANDLINE);
        openAs("WM00000286", "me/riverside/change/contact");
        String address = newEmail("pat-new");
        _setValue(email(), address);
        click("continue");

        assertThat(heading()).isEqualTo("Check your email");
        assertThat(_get(Paragraph.class, spec -> spec.withId("code-sent-to")).getText())
                .isEqualTo("We have sent a code to " + address + ".");
        String code = codeEmailed(MAIL, address, 1);
        type("code", "12345");
        click("confirm");
        assertThat(errorSummary()).contains("The code must be 6 numbers");
        type("code", otherThan(code));
        click("confirm");
        assertThat(errorSummary()).contains("The code is not right. Check it and try again: you can try 4 more times");
        assertThat(field("code").getErrorMessage()).startsWith("The code is not right");

        type("code", code.substring(0, 3) + " " + code.substring(3));
        click("confirm");

        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(summary()).contains("Email address", address, "UK mobile number", "None")
                .doesNotContain("optional");
        click("submit");
        assertThat(heading()).isEqualTo("Request sent");
        assertThat(requestsOf(learner)).singleElement().satisfies(request -> assertThat(request.change())
                .isEqualTo(new RecordChange.ContactDetailsChange(address, LANDLINE)));
    }

    @Test
    void an_expired_code_is_refused_and_a_new_code_replaces_it() {
        UUID learner = riverside.learner("WM00000287");
        riverside.holds(learner, newEmail("quin"), null);
        openAs("WM00000287", "me/riverside/change/contact");
        String address = newEmail("quin-new");
        _setValue(email(), address);
        click("continue");
        String first = codeEmailed(MAIL, address, 1);

        clock.advance(Duration.ofMinutes(11));
        type("code", first);
        click("confirm");
        assertThat(errorSummary()).contains("The code has expired. Send a new code");

        clickLink("resend");
        assertThat(_get(Paragraph.class, spec -> spec.withId("code-notice")).getText())
                .isEqualTo("We have sent a new code to your email address. Earlier codes no longer work.");
        String second = codeEmailed(MAIL, address, 2);
        type("code", second);
        click("confirm");

        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(requestsOf(learner)).isEmpty();
    }

    @Test
    void a_new_email_and_mobile_are_each_confirmed_a_used_code_does_not_work_again_and_asking_again_updates() {
        UUID learner = riverside.learner("WM00000288");
        riverside.holds(learner, newEmail("ray"), "07700900288");
        openAs("WM00000288", "me/riverside/change/contact");
        assertThat(field("mobile").getValue()).isEqualTo("07700900288");
        String address = newEmail("ray-new");
        String mobile = PortalTestLearners.newMobile();
        _setValue(email(), address);
        type("mobile", mobile);
        click("continue");

        assertThat(heading()).isEqualTo("Check your email");
        String emailed = codeEmailed(MAIL, address, 1);
        type("code", emailed);
        click("confirm");
        assertThat(heading()).isEqualTo("Check your phone");
        assertThat(_get(Paragraph.class, spec -> spec.withId("code-sent-to")).getText())
                .isEqualTo("We have sent a code by text message to " + mobile.replace(" ", "") + ".");
        type("code", codeTexted(VONAGE, mobile, 1));
        click("confirm");
        assertThat(summary()).contains(address, mobile.replace(" ", ""));
        click("submit");
        assertThat(heading()).isEqualTo("Request sent");
        String telNo = mobile.replace(" ", "");
        assertThat(requestsOf(learner)).singleElement().satisfies(request -> assertThat(request.change())
                .isEqualTo(new RecordChange.ContactDetailsChange(address, telNo)));

        // The request waits for staff, so the same new email is still new: a new visit needs a new code.
        UI.getCurrent().navigate("me/riverside/change/name");
        UI.getCurrent().navigate("me/riverside/change/contact");
        _setValue(email(), address);
        type("mobile", "");
        click("continue");
        type("code", emailed);
        click("confirm");
        assertThat(errorSummary()).as("the first code was used").contains("The code is not right");
        type("code", codeEmailed(MAIL, address, 2));
        click("confirm");
        click("submit");

        assertThat(heading()).isEqualTo("Request updated");
        assertThat(requestsOf(learner)).singleElement().satisfies(request -> assertThat(request.change())
                .isEqualTo(new RecordChange.ContactDetailsChange(address, null)));
    }

    @Test
    void an_address_that_has_had_3_codes_in_the_hour_gets_no_more() {
        UUID learner = riverside.learner("WM00000290");
        riverside.holds(learner, newEmail("sal"), null);
        openAs("WM00000290", "me/riverside/change/contact");
        _setValue(email(), newEmail("sal-new"));
        click("continue");
        clickLink("resend");
        clickLink("resend");
        assertThat(errorSummaryOrNone()).isEmpty();

        clickLink("resend");

        assertThat(errorSummary()).contains("We have sent too many codes to this email address. Wait an hour and"
                + " try again");
        assertThat(field("code").isInvalid()).isTrue();
    }

    @Test
    void a_provider_that_applies_contact_changes_at_once_changes_the_record_and_the_page_says_so() {
        signIn(RIVERSIDE_ADMIN);
        TrackerTypeSetting before = settings.of(TrackerType.CHANGE_OF_CONTACT_DETAILS);
        settings.save(new TrackerTypeSetting(TrackerType.CHANGE_OF_CONTACT_DETAILS, true, false, true,
                before.dueDays()));
        SecurityContextHolder.clearContext();
        try {
            UUID learner = riverside.learner("WM00000282");
            String email = newEmail("tam");
            riverside.holds(learner, email, "07700900282");
            openAs("WM00000282", "me/riverside/change/contact");
            type("mobile", "");
            click("continue");
            assertThat(heading()).as("removing a mobile needs no code").isEqualTo("Check your answers");
            click("submit");

            assertThat(heading()).isEqualTo("Details changed");
            assertThat(pageText()).contains("Riverside Training has changed your record");
            assertThat(riverside.column(learner, "tel_no")).isNull();
            assertThat(riverside.column(learner, "email")).isEqualTo(email);
        } finally {
            signIn(RIVERSIDE_ADMIN);
            settings.save(before);
            SecurityContextHolder.clearContext();
        }
    }

    private static EmailField email() {
        return _get(EmailField.class, spec -> spec.withId("email"));
    }

    private static String errorSummaryOrNone() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("error-summary")).stream().map(div -> div.getElement().getTextRecursively())
                .findFirst().orElse("");
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
