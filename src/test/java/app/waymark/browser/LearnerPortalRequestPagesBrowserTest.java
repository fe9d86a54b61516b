package app.waymark.browser;

import app.waymark.portal.PortalTestLearners;
import app.waymark.tracker.LearnerRequests;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The request pages the journey does not pass through, on a phone (390 x 844) after signing in as a learner does:
 * a change of name with a document (a renamed program refused, then a photo), and a change of email confirmed with
 * the emailed code. Every page is checked with axe-core's WCAG 2.2 AA rules and kept as
 * target/screenshots/portal-requests-*.png.
 */
class LearnerPortalRequestPagesBrowserTest extends BrowserTest {

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
    void a_learner_asks_for_a_legal_change_of_name_with_a_photo_of_the_certificate() throws IOException {
        signedIn("WM00000180", "WM00000189", "name");

        page.locator("#change-name").click();
        assertThat(heading()).hasText("What is your name now?");
        shot("name-01-name");
        page.locator("#givenNames input").fill("Ada");
        page.locator("#familyName input").fill("Whitmore-Lee");
        page.locator("#continue").click();

        assertThat(heading()).hasText("Is this a legal change of name?");
        page.locator("#continue").click();
        assertThat(page.locator("#error-summary")).containsText("Select yes if this is a legal change of name");
        shot("name-02-legal-error");
        page.locator("#legalChange vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Yes"))
                .locator("input").check();
        page.locator("#continue").click();

        assertThat(heading()).hasText("Upload a document that shows your new name");
        shot("name-03-document");
        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';
        page.locator("#evidence input[type=file]").setInputFiles(new FilePayload("deed-poll.pdf", "application/pdf",
                program));
        assertThat(page.locator("#error-summary")).containsText(
                "The evidence file deed-poll.pdf is not a PDF, JPEG or PNG");
        assertThat(page.locator("#evidence-error")).isVisible();
        shot("name-04-document-refused");
        page.locator("#evidence input[type=file]").setInputFiles(new FilePayload("certificate.png", "image/png",
                png()));
        assertThat(page.locator("#evidence-name")).hasText("certificate.png is uploaded");
        assertThat(page.locator("#error-summary")).hasCount(0);
        shot("name-05-document-uploaded");
        page.locator("#continue").click();

        assertThat(heading()).hasText("Check your answers");
        assertThat(page.locator("#summary")).containsText("certificate.png");
        shot("name-06-check");
        page.locator("#submit").click();
        assertThat(heading()).hasText("Request sent");
        shot("name-07-sent");
    }

    @Test
    void a_learner_changes_their_email_after_confirming_the_code_sent_to_it() {
        signedIn("WM00000190", "WM00000199", "contact");

        page.locator("#change-email").click();
        assertThat(heading()).hasText("What are your contact details?");
        shot("contact-01-details");
        String newAddress = PortalTestLearners.newEmail("phone-new");
        page.locator("#email input").fill(newAddress);
        page.locator("#mobile input").fill("01632 960000");
        page.locator("#continue").click();
        assertThat(page.locator("#error-summary")).containsText("Enter a UK mobile number");
        shot("contact-02-details-error");
        page.locator("#mobile input").fill("");
        page.locator("#continue").click();

        assertThat(heading()).hasText("Check your email");
        assertThat(page.locator("#code-sent-to")).hasText("We have sent a code to " + newAddress + ".");
        shot("contact-03-code");
        String code = PortalTestLearners.codeEmailed(MAIL, newAddress, 1);
        page.locator("#code input").fill(code.equals("000000") ? "000001" : "000000");
        page.locator("#confirm").click();
        assertThat(page.locator("#error-summary")).containsText("The code is not right");
        shot("contact-04-code-wrong");
        page.locator("#code input").fill(code);
        page.locator("#confirm").click();

        assertThat(heading()).hasText("Check your answers");
        assertThat(page.locator("#summary")).containsText(newAddress);
        shot("contact-05-check");
        page.locator("#submit").click();
        assertThat(heading()).hasText("Request sent");
        shot("contact-06-sent");
    }

    /** A continuing learner in the range, with an email address of their own, signed in with it. */
    private void signedIn(String from, String to, String who) {
        UUID learner = riverside.continuingWithoutRequests(from, to, requests);
        String address = PortalTestLearners.newEmail(who);
        riverside.holds(learner, address, null);
        LearnerPortalJourneyBrowserTest.signInToThePortal(page, address, "", name -> {
        });
    }

    private Locator heading() {
        return page.locator("#survey-heading");
    }

    private void shot(String name) {
        assertNoAccessibilityViolations("portal request page " + name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-requests-" + name + ".png"))
                .setFullPage(true));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
