package app.waymark.portal.ui;

import app.waymark.learner.RecordChange;
import app.waymark.portal.PortalTestProvider;
import app.waymark.security.DemoAccounts;
import app.waymark.security.ui.LoginView;
import app.waymark.tenant.TenantService;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.TrackerService;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import app.waymark.security.CodeRequestThrottle;
import com.vaadin.flow.server.VaadinRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's pages for a learner, anonymous to Spring Security, against the real database: sign in with the code
 * from the email, About you, sign out, the idle time-out, and what a learner's session can and cannot open.
 */
class PortalPagesTest extends KaribuTest {

    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    LearnerRequests requests;
    @Autowired
    TrackerService trackers;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    CodeRequestThrottle codeRequests;

    PortalTestProvider provider;
    String address;
    UUID learner;

    @BeforeEach
    void aLearnerOnTheirCourse() {
        provider = PortalTestProvider.create(tenants, jdbc, transactions);
        address = PortalTestProvider.newAddress("Nia");
        learner = provider.learner("Nia Grace", "Rose", address, "+447700900456");
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_learner_signs_in_with_the_code_from_their_email_and_sees_about_you() {
        open("me/" + provider.slug);
        assertThat(heading()).isEqualTo("Sign in to " + provider.name);
        assertThat(_get(Span.class, spec -> spec.withId("survey-provider")).getText()).isEqualTo(provider.name);

        _click(button("continue"));
        assertThat(errorSummary()).contains("There is a problem", "Enter your email address or mobile phone number");
        assertThat(field("address").isInvalid()).isTrue();
        _setValue(field("address"), "nia@");
        _click(button("continue"));
        assertThat(errorSummary()).contains("Enter an email address in the correct format");
        _setValue(field("address"), "0113 496 0000");
        _click(button("continue"));
        assertThat(errorSummary()).contains("Enter a UK mobile phone number");

        _setValue(field("address"), " " + address.toUpperCase() + " ");
        _click(button("continue"));
        assertThat(heading()).isEqualTo("Check your email");
        assertThat(text()).contains("If " + provider.name + " holds " + address + ", we have sent a code to it.",
                "The code works for 10 minutes.");
        String code = PortalTestProvider.awaitCode(MAIL, address, 1);

        _click(button("continue"));
        assertThat(errorSummary()).contains("Enter the code we sent you");
        _setValue(field("code"), "12345");
        _click(button("continue"));
        assertThat(errorSummary()).contains("Enter the code as 6 numbers");
        _setValue(field("code"), String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000));
        _click(button("continue"));
        assertThat(errorSummary()).contains("The code is not right. Check it and try again.");

        _setValue(field("code"), code.substring(0, 3) + " " + code.substring(3));
        _click(button("continue"));

        assertThat(heading()).isEqualTo("About you");
        assertThat(value("name")).isEqualTo("Nia Grace Rose");
        assertThat(value("address")).isEqualTo("12 Lark Lane\nLeeds\nLS1 4AB");
        assertThat(value("email")).isEqualTo(address);
        assertThat(value("mobile")).isEqualTo("07700 900456");
        assertThat(_get(Anchor.class, spec -> spec.withId("change-name")).getHref())
                .isEqualTo("me/" + provider.slug + "/change/name");
        assertThat(_get(Anchor.class, spec -> spec.withId("change-address")).getHref())
                .isEqualTo("me/" + provider.slug + "/change/address");
        assertThat(_get(Anchor.class, spec -> spec.withId("change-email")).getHref())
                .isEqualTo("me/" + provider.slug + "/change/contact");
        assertThat(text()).contains("has no contact preferences recorded for you", "You have not asked for any"
                + " changes.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("no learner id in the address").isEqualTo("me/" + provider.slug + "/about");
    }

    @Test
    void a_network_that_asked_for_too_many_codes_is_told_so_and_nothing_is_sent_until_the_hour_has_passed() {
        open("me/" + provider.slug);
        String network = VaadinRequest.getCurrent().getRemoteAddr();
        int used = 0;
        while (codeRequests.allow(network)) {
            used++;
        }
        assertThat(used).as("codes this network could still ask for").isLessThanOrEqualTo(codeRequests.perClient());

        _setValue(field("address"), address);
        _click(button("continue"));

        assertThat(heading()).isEqualTo("Sign in to " + provider.name);
        assertThat(errorSummary()).contains("Too many sign-in codes have been asked for from your network in the"
                + " last hour. Try again in an hour, or from another network.");
        clock.advance(Duration.ofMinutes(61));
        _click(button("continue"));
        assertThat(heading()).isEqualTo("Check your email");
        assertThat(PortalTestProvider.awaitCode(MAIL, address, 1)).as("only the code asked for after the hour")
                .hasSize(6);
    }

    @Test
    void about_you_shows_contact_preferences_and_each_request_with_its_outcome() {
        provider.contactPreference(learner, "RUI", 6);
        provider.contactPreference(learner, "PMC", 3);
        String domain = provider.withStaff(accounts, demoPassword);
        UUID address = asLearner(() -> requests.request(learner, new RecordChange.AddressChange("3 Wren Road",
                null, null, null, "ls2 7hj"), "Learner portal", null));
        UUID name = asLearner(() -> requests.request(learner, new RecordChange.NameChange("Nia", "Hart", true),
                "Learner portal", null));
        asLearner(() -> requests.request(learner, new RecordChange.ContactDetailsChange("nia.new@mail.example",
                "07700 900789"), "Learner portal", null));
        signIn("tracker-process@" + domain, demoPassword);
        trackers.process(address, trackers.details(address).orElseThrow().version(), Map.of());
        trackers.reject(name, trackers.details(name).orElseThrow().version(), "Please send your deed poll.");
        SecurityContextHolder.clearContext();

        signInWithCode();

        assertThat(value("address")).startsWith("3 Wren Road\n").endsWith("\nLS2 7HJ");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("preferences"))
                .getElement().getTextRecursively()).contains("Happy to be contacted about courses", "No email");
        String shown = _get(Div.class, spec -> spec.withId("requests")).getElement().getTextRecursively();
        assertThat(shown).contains("Change of address", "Accepted", "3 Wren Road, LS2 7HJ", "Accepted on ")
                .contains("Change of name", "Not accepted", "The reason: Please send your deed poll.")
                .contains("Change of contact details", "Waiting", "nia.new@mail.example, 07700 900789", "Asked on ");
    }

    @Test
    void a_learner_may_ask_for_the_code_by_text_message_to_their_mobile() {
        String mobile = "+4477009" + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(100_000));
        provider.learner("Bo", "Reed", null, mobile);
        String national = "0" + mobile.substring(3);
        open("me/" + provider.slug);
        _setValue(field("address"), national.substring(0, 5) + " " + national.substring(5));
        _click(button("continue"));

        assertThat(heading()).isEqualTo("Check your phone");
        assertThat(text()).contains("If " + provider.name + " holds " + national.substring(0, 5) + " "
                + national.substring(5) + ", we have sent a code to it.");
        String sms = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> VONAGE
                .smsRequests().stream().map(request -> request.getBodyAsString())
                .filter(body -> body.contains("to=" + mobile.substring(1))).findFirst(), found -> found.isPresent())
                .orElseThrow();
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("code\\+is\\+(\\d{6})").matcher(sms);
        assertThat(code.find()).isTrue();
        _setValue(field("code"), code.group(1));
        _click(button("continue"));
        assertThat(value("name")).isEqualTo("Bo Reed");
    }

    @Test
    void an_unknown_address_gets_the_same_page_as_a_known_one() {
        String unknown = PortalTestProvider.newAddress("Nobody");
        open("me/" + provider.slug);
        _setValue(field("address"), address);
        _click(button("continue"));
        String known = text().replace(address, "ADDRESS");
        open("me/" + provider.slug);
        _setValue(field("address"), unknown);
        _click(button("continue"));

        assertThat(text().replace(unknown, "ADDRESS")).isEqualTo(known);
        PortalTestProvider.awaitCode(MAIL, address, 1);
        for (int i = 0; i < 5; i++) {
            _setValue(field("code"), "000000");
            _click(button("continue"));
        }
        assertThat(errorSummary()).contains("You have entered a wrong code too many times. Send a new code.");
        _click(_get(NativeButton.class, spec -> spec.withId("send-again")));
        assertThat(text()).contains("If we hold that address, we have sent a new code.");
        assertThat(MAIL.receivedBy(unknown)).isEmpty();
    }

    @Test
    void the_emailed_link_signs_in_at_the_press_of_a_button_once() {
        open("me/" + provider.slug);
        _setValue(field("address"), address);
        _click(button("continue"));
        String link = PortalTestProvider.awaitLinkPath(MAIL, address, 1);

        open(link.substring(1));
        assertThat(heading()).isEqualTo("Sign in to " + provider.name);
        _click(button("sign-in"));
        assertThat(heading()).isEqualTo("About you");

        _click(_get(NativeButton.class, spec -> spec.withId("sign-out")));
        open(link.substring(1));
        _click(button("sign-in"));
        assertThat(heading()).isEqualTo("This link does not work any more");
    }

    @Test
    void signing_out_and_the_idle_time_end_the_session_and_the_sign_in_page_says_which() {
        signInWithCode();
        _click(_get(NativeButton.class, spec -> spec.withId("sign-out")));
        assertThat(heading()).isEqualTo("Sign in to " + provider.name);
        assertThat(_get(Div.class, spec -> spec.withId("signed-out")).getElement().getTextRecursively())
                .isEqualTo("You have signed out.");
        open("me/" + provider.slug + "/about");
        assertThat(heading()).isEqualTo("Sign in to " + provider.name);

        signInWithCode();
        clock.advance(Duration.ofMinutes(14));
        open("me/" + provider.slug + "/about");
        assertThat(heading()).as("14 minutes idle").isEqualTo("About you");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        open("me/" + provider.slug + "/about");
        assertThat(heading()).isEqualTo("Sign in to " + provider.name);
        assertThat(_get(Div.class, spec -> spec.withId("signed-out")).getElement().getTextRecursively())
                .isEqualTo("You were signed out because you did nothing for 15 minutes. Sign in again to carry on.");
    }

    @Test
    void a_learner_session_ends_twelve_hours_after_sign_in_however_active_and_the_sign_in_page_says_so() {
        signInWithCode();
        for (int step = 1; step < 72; step++) {
            clock.advance(Duration.ofMinutes(10));
            open("me/" + provider.slug + "/about");
            assertThat(heading()).as("active, %d minutes after sign-in", step * 10).isEqualTo("About you");
        }
        clock.advance(Duration.ofMinutes(10));
        open("me/" + provider.slug + "/about");

        assertThat(heading()).isEqualTo("Sign in to " + provider.name);
        assertThat(_get(Div.class, spec -> spec.withId("signed-out")).getElement().getTextRecursively())
                .isEqualTo("You were signed out because you had been signed in for 12 hours. Sign in again to carry on.");
    }

    @Test
    void the_code_page_needs_a_code_asked_for_in_this_browser_and_an_unknown_provider_has_no_portal() {
        open("me/" + provider.slug + "/code");
        assertThat(heading()).isEqualTo("Sign in to " + provider.name);
        open("me/no-such-provider");
        assertThat(heading()).isEqualTo("Page not found");
        _assertNone(TextField.class);
    }

    @Test
    void a_signed_in_learner_reaches_no_staff_page_by_address_or_by_navigation() {
        signInWithCode();
        List<String> staffRoutes = StaffRoutes.all(learner);
        assertThat(staffRoutes).contains("", "learners", "learners/" + learner, "trackers", "settings/users");
        for (String staffRoute : staffRoutes) {
            UI.getCurrent().navigate(staffRoute);
            _assertOne(LoginView.class);
        }
        open("me/" + provider.slug + "/about");
        assertThat(heading()).as("still signed in to the portal").isEqualTo("About you");
    }

    @Test
    void about_you_shows_the_sessions_learner_whatever_the_address_says() {
        String otherAddress = PortalTestProvider.newAddress("Other");
        UUID other = provider.learner("Olu", "Other", otherAddress, null);
        signInWithCode();

        UI.getCurrent().navigate("me/" + provider.slug + "/about", QueryParameters.simple(Map.of("learner",
                other.toString(), "id", other.toString())));
        assertThat(value("name")).isEqualTo("Nia Grace Rose");
        assertThat(text()).doesNotContain("Olu", otherAddress);
    }

    @Test
    void a_learner_known_to_two_providers_signs_in_to_each_separately() {
        PortalTestProvider other = PortalTestProvider.create(tenants, jdbc, transactions);
        other.learner("Nia", "Rose-Other", address, null);
        SecurityContextHolder.clearContext();
        signInWithCode();

        open("me/" + other.slug + "/about");
        assertThat(heading()).as("the other provider's portal").isEqualTo("Sign in to " + other.name);
        _setValue(field("address"), address);
        _click(button("continue"));
        _setValue(field("code"), PortalTestProvider.awaitCode(MAIL, address, 2));
        _click(button("continue"));
        assertThat(value("name")).isEqualTo("Nia Rose-Other");
        assertThat(_get(Span.class, spec -> spec.withId("survey-provider")).getText()).isEqualTo(other.name);
    }

    private void signInWithCode() {
        int before = PortalTestProvider.codesReceived(MAIL, address).size();
        open("me/" + provider.slug);
        _setValue(field("address"), address);
        _click(button("continue"));
        _setValue(field("code"), PortalTestProvider.awaitCode(MAIL, address, before + 1));
        _click(button("continue"));
        assertThat(heading()).isEqualTo("About you");
    }

    private <T> T asLearner(java.util.function.Supplier<T> work) {
        return provider.call(work::get);
    }

    private static void open(String path) {
        UI.getCurrent().navigate(path);
    }

    private static String heading() {
        return _get(H1.class, spec -> spec.withId("survey-heading")).getText();
    }

    private static String text() {
        return _get(Main.class, spec -> spec.withId("survey-main")).getElement().getTextRecursively();
    }

    private static String errorSummary() {
        return _get(Div.class, spec -> spec.withId("error-summary")).getElement().getTextRecursively();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String value(String id) {
        return _get(Span.class, spec -> spec.withId("value-" + id)).getText();
    }
}
