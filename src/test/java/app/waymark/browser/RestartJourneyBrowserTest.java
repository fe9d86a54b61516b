package app.waymark.browser;

import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityPlan;
import app.waymark.restart.Benefit;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.ParticipantDetails;
import app.waymark.restart.Participants;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static app.waymark.MailedLinks.plainText;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14's journey: a work coach marks a mandatory activity Not complete, the monitoring tracker appears in
 * /monitoring and the coach's email arrives, the coach uploads the DMA form and sets Referred, a compliance user
 * closes it and sees it read-only, and a supervisor records "Pending decision for failure to attend" with a reason,
 * which the participant's sanction history then shows.
 */
class RestartJourneyBrowserTest extends BrowserTest {

    private static final String COACH = "work-coach@northfield.example";
    private static final String SUPERVISOR = "supervisor@northfield.example";
    private static final String COMPLIANCE = "compliance@northfield.example";

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;

    @Test
    void a_missed_mandatory_activity_goes_from_the_coach_through_dwp_paperwork_to_closed_and_a_sanction_decision()
            throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        String nino = "JR" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)) + "B";
        String name = "Journey" + nino.substring(2, 6);
        signIn(COACH);
        UUID participant = participants.create(new ParticipantDetails(name, "Walker", LocalDate.of(1982, 2, 14),
                nino, Benefit.UC, today.minusDays(30), "journey.walker@participant.example", null, "3 Mill Street",
                "LS9 8AB", null, today.minusDays(21), null));
        UUID activity = plans.add(participant, new ActivityPlan("Employability workshop", "Room 2, 10am",
                today.minusDays(1), null, true));
        signIn(SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        SecurityContextHolder.clearContext();

        signInWithForm(COACH, demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        page.navigate("/participants/" + participant);
        tab(page, "Action plan");
        page.locator("#activity-outcome-" + activity).click();
        page.locator("#outcome-status vaadin-radio-button", new Page.LocatorOptions().setHasText("Not complete"))
                .click();
        page.locator("#outcome-reason textarea").fill("Did not attend and did not call");
        screenshot("restart-01-coach-marks-not-complete");
        page.locator("#outcome-save").click();
        assertThat(page.locator("#activity-grid")).containsText("Did not attend and did not call");

        page.navigate("/monitoring?assignee=ME&q=" + name);
        assertThat(page.locator("#monitoring-grid")).containsText(name + " Walker");
        screenshot("restart-02-monitoring-list");
        assertNoAccessibilityViolations("the monitoring list");
        signIn(COACH);
        MonitoringSummary raised = monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 1).getFirst();
        SecurityContextHolder.clearContext();
        await().atMost(Duration.ofSeconds(60)).until(() -> MAIL.receivedBy(COACH).stream()
                .anyMatch(message -> plainText(message).contains(raised.reference())
                        && plainText(message).contains(name)));

        page.navigate("/monitoring/" + raised.id());
        assertThat(page.locator("#monitoring-save")).isVisible();
        assertNoAccessibilityViolations("the monitoring tracker page");
        Path form = Files.createTempFile("UCD603-", ".pdf");
        Files.write(form, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        page.locator("#monitoring-upload-DMA_PAPERWORK input[type=file]").setInputFiles(form);
        assertThat(page.locator("#monitoring-files")).containsText(form.getFileName().toString());
        page.locator("#monitoring-status vaadin-radio-button", new Page.LocatorOptions().setHasText("Referred"))
                .click();
        page.locator("#monitoring-save").click();
        assertThat(page.locator("#monitoring-status-badge")).hasText("Referred");
        screenshot("restart-03-coach-referred-with-paperwork");

        Page compliance = anotherBrowser();
        signInWithForm(compliance, COMPLIANCE, demoPassword);
        assertThat(compliance.locator("#organisation-name")).hasText("Northfield College");
        compliance.navigate("/monitoring/" + raised.id());
        compliance.locator("#monitoring-status vaadin-radio-button", new Page.LocatorOptions().setHasText("Closed"))
                .click();
        compliance.locator("#monitoring-save").click();
        assertThat(compliance.locator("#monitoring-read-only")).hasText("Closed: this tracker is read-only.");
        assertThat(compliance.locator("#monitoring-save")).hasCount(0);
        screenshot(compliance, "restart-04-compliance-closed-read-only");

        Page supervisor = anotherBrowser();
        signInWithForm(supervisor, SUPERVISOR, demoPassword);
        assertThat(supervisor.locator("#organisation-name")).hasText("Northfield College");
        supervisor.navigate("/participants/" + participant);
        supervisor.locator("#sanction-status input").fill("Pending decision for failure to attend");
        supervisor.locator("vaadin-combo-box-item",
                new Page.LocatorOptions().setHasText("Pending decision for failure to attend")).click();
        supervisor.locator("#sanction-reason textarea").fill("Compliance doubt referred to DWP with the UCD603");
        supervisor.locator("#sanction-save").click();
        assertThat(supervisor.locator("#participant-sanction-badge"))
                .containsText("Pending decision for failure to attend");
        tab(supervisor, "Sanctions");
        assertThat(supervisor.locator("#sanction-grid")).containsText("Pending decision for failure to attend");
        assertThat(supervisor.locator("#sanction-grid")).containsText("Compliance doubt referred to DWP");
        screenshot(supervisor, "restart-05-supervisor-sanction-history");
    }

    private static void tab(Page on, String label) {
        on.locator("vaadin-tab", new Page.LocatorOptions().setHasText(label)).click();
        settle(on);
    }
}
