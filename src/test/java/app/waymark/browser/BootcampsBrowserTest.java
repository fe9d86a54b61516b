package app.waymark.browser;

import app.waymark.bootcamp.BootcampIlrFile;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * {@code /bootcamps} and the learner's Bootcamp tab in Chromium (screenshots under target/screenshots/bootcamp-*):
 * the blocked list shows the learner with the helpdesk's coding; the MIS officer opens their page and reads the fix.
 */
class BootcampsBrowserTest extends BrowserTest {

    /** The page judges every bootcamp learner as it opens: on a loaded machine that can take more than 5 s. */
    private static final com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions SLOW =
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void the_blocked_list_shows_the_helpdesk_learner_and_their_tab_gives_the_fix() {
        signInWithForm("mis@northfield.example", demoPassword);
        page.navigate("/bootcamps?rule=PROGRAMME_COMPLETED");
        assertThat(page.locator("#bootcamps-blocked")).containsText("Becky Marsh (BCHELPDESK1)", SLOW);
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

    @Test
    void an_admin_sees_the_contracts_entered_and_the_form_for_a_year() {
        signInWithForm("admin@northfield.example", demoPassword);
        page.navigate("/bootcamps/contracts");
        assertThat(page.locator("#contracts-entered")).containsText("2025-26", SLOW);
        assertThat(page.locator("#contract-status")).isVisible();
        settle();
        screenshot("bootcamp-contracts");
    }

    /**
     * Issue 15's journey: a learner imported with the helpdesk's coding is in the blocked list; the MIS officer opens
     * their Bootcamp tab, reads the fix, records the interview offer and sees the rows to key in (waiting for the
     * MIS), imports the corrected ILR file, and the completion milestone is evidenced and the event is in the MIS.
     */
    @Test
    void importing_the_coding_the_tab_gives_as_the_fix_moves_the_learner_to_evidenced() throws Exception {
        String ref = "BCJOURNEY" + (System.nanoTime() % 1000);
        signInWithForm("mis@riverside.example", demoPassword);
        importFile(ref, false);
        page.navigate("/bootcamps?rule=PROGRAMME_COMPLETED");
        assertThat(page.locator("#bootcamps-blocked")).containsText("(" + ref + ")", SLOW);

        page.locator("a.bootcamp-learner-link", new Page.LocatorOptions().setHasText(ref)).click();
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Bootcamp")).click();
        assertThat(page.locator("#learner-bootcamp")).containsText("Set ZPROG001 completion status to 2 and its"
                + " actual end date to 20/12/2022, the date of the interview offer; leave the achievement date empty.");
        String learnerPage = page.url();

        recordTheInterviewOffer();
        assertThat(page.locator(".bootcamp-event-status")).hasText("Waiting for the MIS");
        assertThat(page.locator(".bootcamp-keyin-meaning")).containsText("Change aim 1 ZPROG001 to CompStatus 2 and"
                + " Outcome 8 with actual end date 20/12/2022");
        assertThat(page.locator("#bootcamp-events-xml")).isVisible();
        page.locator(".bootcamp-event").scrollIntoViewIfNeeded();
        settle();
        screenshot("bootcamp-tab-event-recorded");

        importFile(ref, true);
        page.navigate(learnerPage);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Bootcamp")).click();
        assertThat(page.locator(".bootcamp-verdicts")).containsText("Triggered on 20/12/2022");
        assertThat(page.locator(".bootcamp-event-status")).containsText("In the MIS since");
        page.locator(".bootcamp-event").scrollIntoViewIfNeeded();
        settle();
        screenshot("bootcamp-tab-event-in-the-mis");
        assertThat(page.locator("#learner-bootcamp")).not().containsText("Set ZPROG001 completion status to 2");
        settle();
        screenshot("bootcamp-tab-after-corrected-import");
        page.navigate("/bootcamps?rule=PROGRAMME_COMPLETED");
        assertThat(page.locator("#bootcamps-blocked-count")).isVisible();
        assertThat(page.locator("#bootcamps-blocked")).not().containsText("(" + ref + ")");
    }

    /** Fills in "Record an event" on the open Bootcamp tab: an interview offer made on 20/12/2022. */
    private void recordTheInterviewOffer() {
        page.locator("#bootcamp-event-kind").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Interview offer")).click();
        page.locator("#bootcamp-event-date input").fill("20/12/2022");
        page.locator("#bootcamp-event-date input").press("Enter");
        page.locator("#bootcamp-event-note textarea").fill("Offer letter from Acme Logistics");
        page.locator("#bootcamp-event-form").scrollIntoViewIfNeeded();
        settle();
        screenshot("bootcamp-tab-record-event-form");
        page.locator("#bootcamp-event-save").click();
    }

    /** Riverside's file with one bootcamp learner: the helpdesk's coding, or (corrected) ZPROG001 2/8 ended on the offer. */
    private void importFile(String ref, boolean corrected) throws java.io.IOException {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        java.nio.file.Path file = BootcampIlrFile.write(today, ref, corrected ? BootcampIlrFile.COMPLETED_ON_THE_OFFER
                : BootcampIlrFile.HELPDESK, corrected ? "100001" : "100000");
        page.navigate("/ilr/imports");
        page.locator("#ilr-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#ilr-counts")).containsText("1 in file",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
    }
}
