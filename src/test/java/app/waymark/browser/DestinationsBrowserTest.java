package app.waymark.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class DestinationsBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_admin_sees_the_tracking_settings_and_a_learners_destinations_tab() {
        signInWithForm(NORTHFIELD_ADMIN, demoPassword);
        page.navigate("/settings/destinations");
        assertThat(page.locator("#tracking-enabled")).hasAttribute("checked", "");
        screenshot("30-destination-settings");
        // A setting the service refuses is said on its field in the page's words, the number put in by the message.
        String window = page.locator("#non-response input").inputValue();
        page.locator("#link-expiry input").fill("1");
        page.locator("#save-destination-settings").click();
        assertThat(page.locator("#link-expiry")).hasAttribute("invalid", "");
        assertThat(page.locator("#link-expiry")).containsText(
                "The link must work at least until the non-response window ends (" + window + " days).");
        screenshot("30b-destination-settings-refused");

        signIn(NORTHFIELD_ADMIN);
        UUID invited = transactions.execute(status -> jdbc.queryForObject(
                "select learner_id from survey_invitation limit 1", UUID.class));
        page.navigate("/learners/" + invited);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Destinations")).click();
        assertThat(page.locator("#survey-invitations")).isVisible();
        screenshot("31-learner-destinations-invited");

        UUID unreachable = transactions.execute(status -> jdbc.queryForObject(
                "select learner_id from destination_record where flag = 'NOT_CONTACTABLE' limit 1", UUID.class));
        page.navigate("/learners/" + unreachable);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Destinations")).click();
        assertThat(page.locator("#destination-records")).containsText("OTH-3");
        screenshot("32-learner-destinations-oth3");
    }

    @Test
    void the_mis_officer_sees_the_destinations_dashboard_with_its_charts() {
        signInWithForm("mis@northfield.example", demoPassword);
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate("/destinations");
        assertThat(page.locator("#figure-flagged")).hasAttribute("href", "destinations/report?flagged=true&review=UNREVIEWED");
        assertThat(page.locator("#outcomes-chart svg[role=img]")).isVisible();
        assertThat(page.locator("#trend-chart svg[role=img]")).isVisible();
        screenshot("33-destinations-dashboard");
        assertNoAccessibilityViolations("the destinations dashboard");
        // The layout scrolls inside the page, so a tall window shows the charts too.
        page.setViewportSize(1280, 2200);
        settle();
        screenshot("34-destinations-dashboard-charts");

        page.setViewportSize(1280, 800);
        page.locator("#figure-contact-updates").click();
        assertThat(page.locator("#filter-source-name")).hasText("Source: Destination survey");
        assertThat(page.locator("#tracker-grid")).containsText("Change of contact details");
        screenshot("35-contact-details-from-surveys-as-trackers");

        page.navigate("/destinations/report?status=RESPONDED");
        assertThat(page.locator("#report-grid")).isVisible();
        assertNoAccessibilityViolations("the destination report");

        page.locator("#report-export-ilr").click();
        assertThat(page.locator("#report-ilr-purpose")).containsText("not for submitting on its own");
        assertThat(page.locator("#report-ilr-contents")).isVisible();
        screenshot("36-destination-report-ilr-export");
        assertNoAccessibilityViolations("the ILR export dialog");
    }
}
