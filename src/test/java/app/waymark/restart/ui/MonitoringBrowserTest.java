package app.waymark.restart.ui;

import app.waymark.browser.BrowserTest;
import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityPlan;
import app.waymark.restart.ActivityStatus;
import app.waymark.restart.AttachmentKind;
import app.waymark.restart.Benefit;
import app.waymark.restart.MonitoringDetails;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringStatus;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.MonitoringUpdate;
import app.waymark.restart.ParticipantDetails;
import app.waymark.restart.Participants;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring screens in Chromium, screenshots kept in target/screenshots: the list, the tracker page editable
 * and read-only, the summary on screen and as printed. A file link downloads as an attachment over HTTP, and the same
 * address gives a person of another provider nothing.
 */
class MonitoringBrowserTest extends BrowserTest {

    static final byte[] PDF = MonitoringScreensTest.PDF;

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;

    @Test
    void the_list_the_page_and_the_summary_as_people_see_them() {
        UUID tracker = raise();
        signIn(MonitoringScreensTest.COACH);
        monitoring.attach(tracker, AttachmentKind.DMA_PAPERWORK, "dma-form.pdf", PDF);
        SecurityContextHolder.clearContext();

        signInWithForm(MonitoringScreensTest.COACH, demoPassword);
        assertThat(page.locator("#organisation-name")).isVisible();
        page.navigate("/monitoring?assignee=ME");
        assertThat(page.locator("#monitoring-count")).containsText("monitoring tracker");
        settle();
        screenshot("monitoring-list");

        page.navigate("/monitoring/" + tracker);
        assertThat(page.locator("#monitoring-save")).isVisible();
        settle();
        screenshot("monitoring-page-editable");

        String href = page.locator("vaadin-grid#monitoring-files a").first().getAttribute("href");
        APIResponse file = page.request().get(href);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-disposition")).startsWith("attachment");
        assertThat(file.body()).isEqualTo(PDF);

        Page other = anotherBrowser();
        signInWithForm(other, MonitoringScreensTest.OTHER_PROVIDER, demoPassword);
        assertThat(other.locator("#organisation-name")).isVisible();
        APIResponse refused = other.request().get(href);
        assertThat(refused.status()).isNotEqualTo(200);
        assertThat(refused.body()).doesNotContain(PDF);
        assertThat(refused.headers().get("content-disposition")).isNull();

        signIn(MonitoringScreensTest.COMPLIANCE);
        MonitoringDetails details = monitoring.details(tracker).orElseThrow();
        monitoring.update(tracker, details.version(), new MonitoringUpdate(MonitoringStatus.CLOSED,
                details.current().assigneeId(), true, null, "Closed after DWP's decision"));
        SecurityContextHolder.clearContext();
        page.navigate("/monitoring/" + tracker);
        assertThat(page.locator("#monitoring-read-only")).hasText("Closed: this tracker is read-only.");
        settle();
        screenshot("monitoring-page-read-only");

        page.locator("#monitoring-summary").click();
        assertThat(page.locator("#summary-form")).containsText("UCD603");
        settle();
        screenshot("monitoring-summary");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#main-nav")).isHidden();
        assertThat(page.locator("#summary-print")).isHidden();
        screenshot("monitoring-summary-printed");
    }

    private UUID raise() {
        signIn(MonitoringScreensTest.COACH);
        UUID participant = participants.create(new ParticipantDetails("Browser", "Monitored",
                LocalDate.of(1990, 6, 3), "JM" + String.format("%06d", (int) (System.nanoTime() % 1_000_000)) + "C",
                Benefit.UC, LocalDate.of(2026, 11, 2), "browser@participant.example", null, "3 Test Row", "LS3 3AA",
                null, LocalDate.of(2026, 11, 9), null));
        UUID activity = plans.add(participant, new ActivityPlan("Interview practice",
                "A mock interview with a local employer", LocalDate.of(2026, 12, 1), null, true));
        signIn(MonitoringScreensTest.SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        signIn(MonitoringScreensTest.COACH);
        plans.outcome(activity, plans.find(activity).orElseThrow().version(), ActivityStatus.NOT_COMPLETE,
                "Phoned in sick on the day; no fit note");
        UUID tracker = monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 1).getFirst().id();
        SecurityContextHolder.clearContext();
        return tracker;
    }
}
