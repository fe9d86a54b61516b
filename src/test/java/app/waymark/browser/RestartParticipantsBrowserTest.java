package app.waymark.browser;

import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityPlan;
import app.waymark.restart.ActivityStatus;
import app.waymark.restart.Benefit;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.ParticipantDetails;
import app.waymark.restart.Participants;
import app.waymark.restart.SanctionStatus;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The DWP Restart participant list and page in Chromium, as a work coach and as a supervisor: every tab shown
 * (screenshots under target/screenshots/restart-*) and checked against WCAG 2.2 AA.
 */
class RestartParticipantsBrowserTest extends BrowserTest {

    private static final String COACH = "work-coach@riverside.example";
    private static final String SUPERVISOR = "supervisor@riverside.example";

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;

    @Test
    void the_participant_list_and_every_tab_of_the_participant_page_show_and_pass_wcag_checks() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        UUID participant = participantWithHistory(today);
        String name = participants.find(participant).orElseThrow().fullName();
        SecurityContextHolder.clearContext();

        signInWithForm(COACH, demoPassword);
        assertThat(page.locator("#main-nav")).containsText("Participants");
        page.navigate("/participants");
        assertThat(page.locator("#participant-count")).containsText("participant");
        page.locator("#participant-search input").fill(name);
        assertThat(page.locator("#participant-count")).hasText("1 participant");
        settle();
        screenshot("restart-participants");
        assertNoAccessibilityViolations("the participant list");
        page.locator("#add-participant").click();
        assertThat(page.locator("#participant-form")).isVisible();
        settle();
        screenshot("restart-add-participant");
        assertNoAccessibilityViolations("the add participant form");
        page.keyboard().press("Escape");

        page.navigate("/participants/" + participant);
        assertThat(page.locator("#participant-name")).hasText(name);
        settle();
        screenshot("restart-personal-coach");
        assertNoViolationsBesideTheTabs(page, "the personal details tab (work coach)");
        tab("Action plan");
        assertThat(page.locator("#activity-grid")).containsText("MAN not issued");
        settle();
        screenshot("restart-action-plan");
        assertNoViolationsBesideTheTabs(page, "the action plan tab");
        tab("Trackers (1)");
        assertThat(page.locator("#participant-tracker-grid")).containsText("Attend the CV workshop");
        settle();
        screenshot("restart-trackers");
        assertNoViolationsBesideTheTabs(page, "the trackers tab");
        tab("Sanctions");
        assertThat(page.locator("#sanction-grid")).containsText("Missed the CV workshop");
        settle();
        screenshot("restart-sanctions");
        assertNoViolationsBesideTheTabs(page, "the sanctions tab");

        Page supervisor = anotherBrowser();
        signInWithForm(supervisor, SUPERVISOR, demoPassword);
        assertThat(supervisor.locator("#main-nav")).containsText("Participants");
        supervisor.navigate("/participants/" + participant);
        assertThat(supervisor.locator("#sanction-form")).isVisible();
        settle(supervisor);
        screenshot(supervisor, "restart-personal-supervisor");
        assertNoViolationsBesideTheTabs(supervisor, "the personal details tab (supervisor)");
    }

    /**
     * WCAG 2.2 AA checks of the page but for the tab strip itself: Vaadin's vaadin-tabs (role tablist) keeps its
     * tabs in a scroller div with a tabindex inside its shadow root, which axe-core reports as
     * aria-required-children. That is Vaadin's markup, the same on the learner page; the tab panels are checked.
     */
    private static void assertNoViolationsBesideTheTabs(Page on, String pageName) {
        settle(on);
        List<Rule> violations = new AxeBuilder(on).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "wcag22aa")).exclude(List.of("vaadin-tabs")).analyze().getViolations();
        org.assertj.core.api.Assertions.assertThat(violations).as("axe-core WCAG 2.2 AA violations on %s:%n%s",
                pageName, violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"))).isEmpty();
    }

    private void tab(String label) {
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText(label)).click();
        settle();
    }

    private UUID participantWithHistory(LocalDate today) {
        signIn(COACH);
        String nino = "JW" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)) + "D";
        UUID participant = participants.create(new ParticipantDetails("Robin" + nino.substring(4, 8), "Browserline",
                LocalDate.of(1979, 8, 21), nino, Benefit.UC, today.minusDays(20), "robin@participant.example",
                "07700 900123", "14 Canal Street", "LS11 5AA", null, today.minusDays(14), today.plusMonths(11)));
        UUID workshop = plans.add(participant, new ActivityPlan("Attend the CV workshop",
                "Bring a printed CV", today.minusDays(2), null, true));
        UUID interview = plans.add(participant, new ActivityPlan("Mock interview", null, today.plusDays(5), null,
                true));
        plans.manIssued(interview, plans.find(interview).orElseThrow().version(), today.minusDays(1));
        UUID search = plans.add(participant, new ActivityPlan("Job search session", null, today.minusDays(6), null,
                false));
        plans.outcome(search, plans.find(search).orElseThrow().version(), ActivityStatus.COMPLETE, null);
        signIn(SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        signIn(COACH);
        plans.outcome(workshop, plans.find(workshop).orElseThrow().version(), ActivityStatus.NOT_COMPLETE,
                "Did not attend, said the bus was cancelled");
        UUID tracker = monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 1).getFirst().id();
        signIn(SUPERVISOR);
        participants.setSanctionStatus(participant, SanctionStatus.PENDING_FAILURE_TO_ATTEND,
                "Missed the CV workshop, a mandatory activity", tracker);
        return participant;
    }
}
