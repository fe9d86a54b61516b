package app.waymark.browser;

import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerSummary;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSetting;
import app.waymark.tracker.TrackerTypeSettings;
import app.waymark.base.security.Permission;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import static app.waymark.MailedLinks.plainText;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12's journey: a tutor raises a change of address on a learner's behalf, a pre-authoriser pre-authorises it,
 * a processor reads the preview and processes it, the learner page shows the new address, the tutor's email arrives
 * and the change is listed, and exported, to key into the MIS.
 */
class TrackerJourneyBrowserTest extends BrowserTest {

    private static final String LEARNER = "WM00000262";

    @Autowired
    LearnerService learners;
    @Autowired
    StaffMembers staff;
    @Autowired
    TrackerService trackers;
    @Autowired
    TrackerTypeSettings settings;

    @Test
    void a_change_of_address_goes_from_the_tutor_through_pre_authorisation_and_processing_to_the_mis_list() throws Exception {
        signIn("mis@northfield.example");
        UUID learner = learners.find(new LearnerFilter(LEARNER, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
        // the demo's tutor@northfield.example (Northfield's people are named in the order of the standard roles)
        StaffMember tutor = staff.holding(Permission.PRIMARY_TUTOR).stream()
                .filter(member -> member.displayName().equals("Grace Evans")).findFirst().orElseThrow();
        LearnerDetails.Staff assigned = learners.details(learner).orElseThrow().staff();
        learners.assignStaff(learner, new LearnerDetails.Staff(tutor.id(), assigned.workCoachId()));
        signIn(NORTHFIELD_ADMIN);
        TrackerTypeSetting before = settings.of(TrackerType.CHANGE_OF_ADDRESS);
        settings.save(new TrackerTypeSetting(TrackerType.CHANGE_OF_ADDRESS, true, true, false, before.dueDays()));
        SecurityContextHolder.clearContext();
        try {
            journey(learner);
        } finally {
            signIn(NORTHFIELD_ADMIN);
            settings.save(before);
            SecurityContextHolder.clearContext();
        }
    }

    private void journey(UUID learner) throws Exception {
        signInWithForm("tutor@northfield.example", demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        page.navigate("/learners/" + learner);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Trackers")).click();
        page.locator("#learner-raise-tracker").click();
        assertThat(page.locator("#raise-type")).isVisible();
        page.locator("#raise-type").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Change of address")).click();
        page.locator("#change-add-line1 input").fill("12 Journey Road");
        page.locator("#change-add-line2 input").fill("Kirkstall");
        page.locator("#change-postcode input").fill("ls5 3aa");
        page.locator("#raise-source input").fill("phone call from the learner");
        screenshot("tracker-01-tutor-raises-address-change");
        page.locator("#raise-submit").click();
        assertThat(page.locator("#learner-tracker-grid")).containsText("Change of address");
        screenshot("tracker-02-learner-trackers-tab");

        signIn("tutor@northfield.example");
        TrackerSummary raised = trackers.find(TrackerFilter.ofLearner(learner), 0, 1).getFirst();
        SecurityContextHolder.clearContext();
        String trackerPage = "/trackers/" + raised.id();

        Page preAuthoriser = anotherBrowser();
        signInWithForm(preAuthoriser, "tracker-preauthorise@northfield.example", demoPassword);
        assertThat(preAuthoriser.locator("#organisation-name")).hasText("Northfield College");
        preAuthoriser.navigate(trackerPage);
        assertThat(preAuthoriser.locator("#reason-PROCESS")).isVisible();
        preAuthoriser.locator("#action-PRE_AUTHORISE").click();
        assertThat(preAuthoriser.locator("#tracker-status")).containsText("Pre-authorised");
        screenshot(preAuthoriser, "tracker-03-pre-authorised");

        Page processor = anotherBrowser();
        signInWithForm(processor, "tracker-process@northfield.example", demoPassword);
        assertThat(processor.locator("#organisation-name")).hasText("Northfield College");
        processor.navigate(trackerPage);
        assertThat(processor.locator("#tracker-preview")).containsText(
                "The learner's address changes from");
        assertThat(processor.locator("#tracker-preview")).containsText("12 Journey Road, Kirkstall, LS5 3AA");
        screenshot(processor, "tracker-04-preview-before-processing");
        processor.locator("#action-PROCESS").click();
        assertThat(processor.locator("#tracker-status")).containsText("Processed");
        assertThat(processor.locator("#tracker-history")).containsText("LS5 3AA");
        screenshot(processor, "tracker-05-processed");

        processor.navigate("/learners/" + learner);
        assertThat(processor.locator("#learner-detail")).containsText("12 Journey Road, Kirkstall, LS5 3AA");
        screenshot(processor, "tracker-06-learner-page-new-address");

        MimeMessage toTutor = await().atMost(Duration.ofSeconds(60)).until(() -> MAIL
                .receivedBy("tutor@northfield.example").stream()
                .filter(message -> plainText(message).contains(raised.reference())
                        && plainText(message).contains("processed")).findFirst().orElse(null), message -> message != null);
        org.assertj.core.api.Assertions.assertThat(plainText(toTutor)).contains(raised.reference());

        Page mis = anotherBrowser();
        signInWithForm(mis, "mis@northfield.example", demoPassword);
        assertThat(mis.locator("#organisation-name")).hasText("Northfield College");
        mis.navigate("/mis-changes?q=" + LEARNER);
        assertThat(mis.locator("#mis-grid")).containsText("Postcode");
        assertThat(mis.locator("#mis-grid")).containsText("LS5 3AA");
        screenshot(mis, "tracker-07-to-key-into-the-mis");
        Download csv = mis.waitForDownload(() -> mis.locator("#mis-export-csv").click());
        String exported = Files.readString(csv.path());
        org.assertj.core.api.Assertions.assertThat(exported).contains(LEARNER).contains("Postcode")
                .contains("LS5 3AA").contains(raised.reference());
    }
}
