package app.waymark.browser;

import app.waymark.branding.BrandingService;
import app.waymark.destination.DestinationSettingsService;
import app.waymark.destination.SurveyDispatch;
import app.waymark.destination.SurveyLinkFixture;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantService;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import static app.waymark.TestMailServer.text;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A learner on a phone follows the link in their survey email, without signing in, answers, checks and sends; a
 * second learner uses the unsubscribe link. The provider's data officer then finds the answer on the learner's page
 * (and the mobile number the learner added as a change-of-contact-details tracker) and in the report. Each survey page is kept as target/screenshots/survey-NN-*.png and
 * checked with axe-core's WCAG 2.2 AA rules.
 */
class SurveyJourneyBrowserTest extends BrowserTest {

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
    DemoAccounts demoAccounts;

    SurveyLinkFixture provider;
    String providerName;

    @BeforeEach
    void aProviderWithTrackingOnAndAPhone() {
        provider = SurveyLinkFixture.provider(tenants, jdbc, transactions, settings, dispatch, clock);
        providerName = "Larkspur College";
        provider.brand(brandings, providerName, "#7a1f5c");
        page.setViewportSize(390, 844);
    }

    @Test
    void a_learner_answers_the_survey_from_the_link_in_their_email_on_a_phone() {
        String address = "kai-" + UUID.randomUUID() + "@mail.example";
        SurveyLinkFixture.Invited learner = provider.invite("Kai", address, 20);
        SecurityContextHolder.clearContext();
        String path = linkPathFromEmail(address, "");
        LocalDate started = learner.leavingDate().plusDays(6);

        page.navigate(path);
        assertThat(heading()).hasText("What have you been doing since you left " + providerName + "?");
        assertThat(page.locator("#survey-provider")).hasText(providerName);
        assertThat(page.locator(".wm-survey-header")).hasCSS("background-color", "rgb(122, 31, 92)");
        shot("01-start");

        page.locator("#start").click();
        assertThat(heading()).hasText("What have you done since you left?");
        assertThat(page.locator("#survey-heading")).isFocused();
        shot("02-activities");
        page.locator("#continue").click();
        assertThat(page.locator("#error-summary")).containsText("Select at least one thing");
        shot("03-activities-error");
        page.locator("#activities vaadin-checkbox").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Paid work for an employer")).locator("input").check();
        page.locator("#continue").click();

        assertThat(heading()).hasText("Paid work for an employer");
        shot("04-details");
        page.locator("#hours vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("16 hours or more a week")).locator("input").check();
        page.locator("#ongoing vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("No")).locator("input").check();
        page.locator("#startDate-day input").fill("1");
        page.locator("#startDate-month input").fill("13");
        page.locator("#startDate-year input").fill(Integer.toString(started.getYear()));
        page.locator("#continue").click();
        assertThat(page.locator("#startDate-error")).hasText("Enter a real date.");
        shot("05-details-error");

        page.locator("#startDate-day input").fill(Integer.toString(started.getDayOfMonth()));
        page.locator("#startDate-month input").fill(Integer.toString(started.getMonthValue()));
        page.locator("#ongoing vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Yes")).locator("input").check();
        page.locator("#continue").click();

        assertThat(heading()).hasText("Check your contact details");
        assertThat(page.locator("#email input")).hasValue(address);
        shot("06-contact");
        page.goBack();
        assertThat(heading()).hasText("Paid work for an employer");
        assertThat(page.locator("#startDate-day input")).hasValue(Integer.toString(started.getDayOfMonth()));
        page.locator("#continue").click();
        assertThat(heading()).hasText("Check your contact details");
        page.locator("#mobile input").fill("07700 900 982");
        page.locator("#continue").click();

        assertThat(heading()).hasText("Check your answers");
        assertThat(page.locator("#summary")).containsText("16 hours or more a week");
        assertThat(page.locator("#summary")).containsText("07700 900 982");
        shot("07-check-answers");
        page.locator("#submit").dblclick();

        assertThat(heading()).hasText("Thank you");
        assertThat(page.locator("#confirmation")).containsText(providerName);
        shot("08-thank-you");

        List<Map<String, Object>> records = provider.call(() -> transactions.execute(status -> jdbc.queryForList(
                "select out_type, out_code, start_date from destination_record where learner_id = ?",
                learner.learnerId())));
        org.assertj.core.api.Assertions.assertThat(records).singleElement().satisfies(record -> {
            org.assertj.core.api.Assertions.assertThat(record).containsEntry("out_type", "EMP")
                    .containsEntry("out_code", 1);
            org.assertj.core.api.Assertions.assertThat(record.get("start_date").toString())
                    .isEqualTo(started.toString());
        });

        page.navigate(path);
        assertThat(heading()).hasText("You have already answered");
        shot("09-already-answered");
        page.navigate("/survey/" + "A".repeat(43));
        assertThat(heading()).hasText("This link is not recognised");
        shot("10-not-recognised");

        // The provider's data officer finds the answer on the learner's page and in the report.
        page.setViewportSize(1280, 800);
        signInAsTheProvidersMisOfficer();
        page.navigate("/learners/" + learner.learnerId());
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Destinations")).click();
        assertThat(page.locator("#destination-records")).containsText("EMP-1");
        assertThat(page.locator("#survey-invitations")).containsText("Answered");
        screenshot("survey-13-staff-learner-destinations");
        // Adding a record by hand: the form says what is missing, on the fields, before anything is saved.
        page.locator("#add-destination").click();
        page.locator("#save-destination").click();
        assertThat(page.locator("#destination-outcome")).hasAttribute("invalid", "");
        assertThat(page.locator("#destination-outcome")).containsText("Choose an outcome.");
        assertThat(page.locator("#destination-start-date")).containsText("Enter the date the outcome started.");
        screenshot("survey-13b-staff-add-destination-refused");
        page.locator("#cancel-destination").click();
        assertThat(page.locator("#save-destination")).hasCount(0);
        // The mobile number the learner gave is a change-of-contact-details tracker raised on their behalf.
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Trackers")).click();
        assertThat(page.locator("#learner-tracker-grid")).containsText("Change of contact details");
        page.navigate("/destinations/report?status=RESPONDED");
        assertThat(page.locator("#report-grid")).containsText("Kai");
        assertThat(page.locator("#report-grid")).containsText("EMP-1");
        screenshot("survey-14-staff-report");
    }

    private void signInAsTheProvidersMisOfficer() {
        String domain = "larkspur-" + provider.tenantId().toString().substring(0, 8) + ".example";
        String password = "Survey-journey-" + UUID.randomUUID();
        SurveyLinkFixture.actAsProviderAdmin();
        provider.call(() -> demoAccounts.ensureStaffPerRole(provider.tenantId(), domain, List.of("Mo Officer"),
                password));
        SecurityContextHolder.clearContext();
        signInWithForm("mis@" + domain, password);
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    @Test
    void a_learner_stops_messages_with_the_unsubscribe_link_in_their_email() {
        String address = "lena-" + UUID.randomUUID() + "@mail.example";
        SurveyLinkFixture.Invited learner = provider.invite("Lena", address, 15);
        SecurityContextHolder.clearContext();
        String path = linkPathFromEmail(address, "/unsubscribe");

        page.navigate(path);
        assertThat(heading()).hasText("Stop messages about this survey");
        shot("11-unsubscribe");
        org.assertj.core.api.Assertions.assertThat(provider.count(
                "select count(*) from destination_record where learner_id = ?", learner.learnerId())).isZero();

        page.locator("#unsubscribe").click();
        assertThat(heading()).hasText("You will not be contacted about this survey");
        shot("12-unsubscribed");
        List<Map<String, Object>> records = provider.call(() -> transactions.execute(status -> jdbc.queryForList(
                "select out_type, out_code, flag from destination_record where learner_id = ?",
                learner.learnerId())));
        org.assertj.core.api.Assertions.assertThat(records).singleElement().isEqualTo(
                Map.of("out_type", "OTH", "out_code", 3, "flag", "UNSUBSCRIBED"));
    }

    private com.microsoft.playwright.Locator heading() {
        return page.locator("#survey-heading");
    }

    private void shot(String name) {
        assertNoAccessibilityViolations("survey page " + name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-" + name + ".png"))
                .setFullPage(true));
    }

    /** Waits for the invitation in the test mail server and takes the link's path (the test server's port). */
    private String linkPathFromEmail(String address, String suffix) {
        MimeMessage email = await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> MAIL.receivedBy(address), messages -> !messages.isEmpty()).getFirst();
        Matcher link = java.util.regex.Pattern.compile("/survey/[A-Za-z0-9_-]{43}" + java.util.regex.Pattern.quote(
                suffix)).matcher(text(email));
        org.assertj.core.api.Assertions.assertThat(link.find()).as("a survey link in the email").isTrue();
        return link.group();
    }
}
