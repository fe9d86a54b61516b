package app.waymark.browser;

import app.waymark.MailedLinks;
import app.waymark.portal.PortalTestLearners;
import app.waymark.tracker.LearnerRequests;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13's journey on a phone (390 x 844): a Riverside learner asks for a sign-in code, reads it from their email
 * (the test mail server), signs in, asks for a change of address; a member of staff processes the tracker on its
 * page; the learner gets the outcome by email and, back in the portal, sees "Accepted" and the new address on About
 * you. Signing in goes through the sign-in pages like any learner (no test door into the session). Each learner page
 * is checked with axe-core's WCAG 2.2 AA rules and kept as target/screenshots/portal-journey-NN-*.png; the request
 * pages also as portal-requests-*.png (LearnerPortalRequestPagesBrowserTest).
 */
class LearnerPortalJourneyBrowserTest extends BrowserTest {

    static final String SLUG = PortalTestLearners.SLUG;
    private static final Pattern SIGN_IN_CODE = Pattern.compile("sign-in code is ([0-9]{6})");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    LearnerRequests requests;

    PortalTestLearners riverside;

    @BeforeEach
    void aPhone() {
        SecurityContextHolder.clearContext();
        riverside = new PortalTestLearners(jdbc, transactions);
        page.setViewportSize(390, 844);
    }

    @Test
    void a_learner_signs_in_on_a_phone_asks_for_a_new_address_and_sees_it_accepted() throws Exception {
        UUID learner = riverside.continuingWithoutRequests("WM00000160", "WM00000179", requests);
        String address = PortalTestLearners.newEmail("journey");
        riverside.holds(learner, address, null);

        signInToThePortal(page, address, "0");
        assertThat(heading()).hasText("About you");
        shot("03-about-you");

        page.locator("#change-address").click();
        assertThat(heading()).hasText("What is your new address?");
        shot("04-new-address");
        page.locator("#continue").click();
        assertThat(page.locator("#error-summary")).containsText("Enter the first line of your address");
        assertThat(page.locator("#error-summary")).containsText("Enter your postcode");
        shot("05-new-address-errors");
        page.locator("#addLine1 input").fill("Flat 4, 19 Canal Wharf");
        page.locator("#addLine3 input").fill("Leeds");
        page.locator("#postcode input").fill("ls11 5pz");
        page.locator("#continue").click();

        assertThat(heading()).hasText("Check your answers");
        assertThat(page.locator("#summary")).containsText("LS11 5PZ");
        shot("06-check-your-answers");
        page.locator("#submit").click();

        assertThat(heading()).hasText("Request sent");
        assertThat(page.locator("#confirmation")).containsText("Your reference is T-");
        shot("07-request-sent");

        LearnerRequests.LearnerRequest sent = riverside.inRiverside(() -> requests.of(learner)).getFirst();
        Page staff = anotherBrowser();
        signInWithForm(staff, "tracker-process@riverside.example", demoPassword);
        assertThat(staff.locator("#organisation-name")).hasText("Riverside Training");
        staff.navigate("/trackers/" + sent.trackerId());
        assertThat(staff.locator("#tracker-preview")).containsText("Flat 4, 19 Canal Wharf, Leeds, LS11 5PZ");
        assertNoAccessibilityViolations(staff, "the staff tracker page");
        screenshot(staff, "portal-journey-08-staff-tracker");
        staff.locator("#action-PROCESS").click();
        assertThat(staff.locator("#tracker-status")).containsText("Processed");
        // The notification fades in; axe-core reads colours mid-fade as blends, so check it once it is fully shown.
        assertThat(staff.locator("vaadin-notification-card[opening]")).hasCount(0);
        assertNoAccessibilityViolations(staff, "the processed tracker");
        screenshot(staff, "portal-journey-09-staff-processed");

        MimeMessage outcome = await().atMost(Duration.ofSeconds(60)).until(() -> MAIL.receivedBy(address).stream()
                .filter(message -> MailedLinks.plainText(message).contains("We have made the change you asked for"))
                .findFirst().orElse(null), message -> message != null);
        String text = MailedLinks.plainText(outcome);
        org.assertj.core.api.Assertions.assertThat(text).contains("change of address")
                .contains("/me/" + SLUG);
        Files.writeString(SCREENSHOTS.resolve("portal-journey-10-outcome-email.txt"), text);

        page.navigate("/me/" + SLUG + "/about");
        assertThat(heading()).hasText("About you");
        assertThat(page.locator("#requests")).containsText("Accepted");
        assertThat(page.locator("#value-address")).containsText("Flat 4, 19 Canal Wharf");
        assertThat(page.locator("#value-address")).containsText("LS11 5PZ");
        shot("11-about-you-accepted");
    }

    /**
     * Signs in as a learner does: the email address on the sign-in page ({@code me/<provider>}), the code from the
     * email on the code page; ends on About you. The two pages are shot as {@code prefix}1-sign-in and
     * {@code prefix}2-code.
     */
    static void signInToThePortal(Page page, String address, String prefix, Shot shot) {
        page.navigate("/me/" + SLUG);
        // The first page a fresh browser opens may wait for the application's front end to load.
        page.locator("#survey-heading").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(page.locator("#survey-heading")).hasText("Sign in to Riverside Training");
        shot.take(prefix + "1-sign-in");
        int before = MAIL.receivedBy(address).size();
        page.locator("#address input").fill(address);
        page.locator("#continue").click();
        assertThat(page.locator("#survey-heading")).hasText("Check your email");
        shot.take(prefix + "2-code");
        page.locator("#code input").fill(signInCode(address, before + 1));
        page.locator("#continue").click();
        assertThat(page.locator("#survey-heading")).hasText("About you");
    }

    private void signInToThePortal(Page on, String address, String prefix) {
        signInToThePortal(on, address, prefix, this::shot);
    }

    /** Takes a screenshot of a checked page. */
    @FunctionalInterface
    interface Shot {
        void take(String name);
    }

    static String signInCode(String address, int n) {
        List<MimeMessage> received = await().atMost(Duration.ofSeconds(30))
                .until(() -> MAIL.receivedBy(address), messages -> messages.size() >= n);
        Matcher code = SIGN_IN_CODE.matcher(MailedLinks.plainText(received.get(n - 1)));
        org.assertj.core.api.Assertions.assertThat(code.find()).as("a sign-in code in the email").isTrue();
        return code.group(1);
    }

    private Locator heading() {
        return page.locator("#survey-heading");
    }

    private void shot(String name) {
        assertNoAccessibilityViolations("portal page " + name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-journey-" + name + ".png"))
                .setFullPage(true));
    }
}
