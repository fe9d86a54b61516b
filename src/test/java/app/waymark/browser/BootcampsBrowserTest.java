package app.waymark.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * {@code /bootcamps} and the learner's Bootcamp tab in Chromium (screenshots under target/screenshots/bootcamp-*):
 * the blocked list shows the learner with the helpdesk's coding; the MIS officer opens their page and reads the fix.
 */
class BootcampsBrowserTest extends BrowserTest {

    @Test
    void the_blocked_list_shows_the_helpdesk_learner_and_their_tab_gives_the_fix() {
        signInWithForm("mis@northfield.example", demoPassword);
        page.navigate("/bootcamps?rule=PROGRAMME_COMPLETED");
        assertThat(page.locator("#bootcamps-blocked")).containsText("Becky Marsh (BCHELPDESK1)");
        settle();
        screenshot("bootcamp-page");
        page.locator("#bootcamps-blocked").scrollIntoViewIfNeeded();
        settle();
        screenshot("bootcamp-page-blocked-list");

        page.locator("a.bootcamp-learner-link", new Page.LocatorOptions().setHasText("BCHELPDESK1")).click();
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Bootcamp")).click();
        assertThat(page.locator("#learner-bootcamp")).containsText("Set ZPROG001 completion status to 2 and its"
                + " actual end date to 20/12/2022, the date of the interview offer; leave the achievement date empty.");
        settle();
        screenshot("bootcamp-tab");
        page.locator(".bootcamp-timeline").scrollIntoViewIfNeeded();
        settle();
        screenshot("bootcamp-tab-timeline");
    }
}
