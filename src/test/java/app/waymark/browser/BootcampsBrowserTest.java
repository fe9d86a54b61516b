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

    /**
     * Guided learning hours (decision 0058): the learner who left on the third day has M1 evidenced by the hours on
     * their tab; a day after the training is refused on the date field; hours recorded for the helpdesk learner show
     * in the list and the total, and are removed after the confirmation.
     */
    @Test
    void the_tab_shows_the_hours_that_evidence_the_start_and_staff_record_and_remove_hours() {
        signInWithForm("mis@northfield.example", demoPassword);
        page.navigate("/bootcamps?rule=TRAINING_COMPLETED");
        assertThat(page.locator("#bootcamps-blocked")).containsText("(BCWITHDREW1)", SLOW);
        page.locator("a.bootcamp-learner-link", new Page.LocatorOptions().setHasText("BCWITHDREW1")).click();
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Bootcamp")).click();
        assertThat(page.locator(".bootcamp-verdicts")).containsText("evidenced by 5.5 guided learning hours");
        assertThat(page.locator("#bootcamp-hours-total")).hasText("Total recorded: 6.5 hours on 3 days.");
        settle();
        screenshot("bootcamp-tab-hours-verdicts");
        page.locator("#bootcamp-hours").scrollIntoViewIfNeeded();
        settle();
        screenshot("bootcamp-tab-hours");

        java.time.LocalDate left = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")))
                .minusDays(120).plusDays(2);
        fillHours(left.plusDays(1), "2");
        assertThat(page.locator("#bootcamp-hours-error")).containsText("is after the training ended");
        page.locator("#bootcamp-hours-form").scrollIntoViewIfNeeded();
        settle();
        screenshot("bootcamp-tab-hours-refused");

        page.navigate("/bootcamps?rule=PROGRAMME_COMPLETED");
        assertThat(page.locator("#bootcamps-blocked")).containsText("(BCHELPDESK1)", SLOW);
        page.locator("a.bootcamp-learner-link", new Page.LocatorOptions().setHasText("BCHELPDESK1")).click();
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Bootcamp")).click();
        fillHours(java.time.LocalDate.of(2022, 8, 2), "2.5");
        assertThat(page.locator("#bootcamp-hours-total")).hasText("Total recorded: 2.5 hours on 1 day.");
        assertThat(page.locator(".bootcamp-hours-counted")).containsText("2.5 of the 5 needed");

        page.locator(".bootcamp-hours-remove").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").first())
                .containsText("Remove the 2.5 hours recorded for 02/08/2022?");
        settle();
        screenshot("bootcamp-tab-hours-remove-confirm");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Remove hours")).click();
        assertThat(page.locator("#bootcamp-hours")).containsText("No guided learning hours recorded for this learner.");
    }

    /** Fills in "Record hours" on the open Bootcamp tab and saves. */
    private void fillHours(java.time.LocalDate day, String hours) {
        String uk = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
        page.locator("#bootcamp-hours-date input").fill(uk);
        page.locator("#bootcamp-hours-date input").press("Enter");
        page.locator("#bootcamp-hours-hours input").fill(hours);
        page.locator("#bootcamp-hours-save").click();
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
