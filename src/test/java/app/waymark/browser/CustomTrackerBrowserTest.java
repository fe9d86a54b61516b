package app.waymark.browser;

import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.tracker.CustomRaiseRequest;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.TrackerService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The provider's own tracker types in Chromium: an editor changes a raised one's values in the dialog and reads the
 * change in the history; an admin is told why a type in use cannot be deleted and switches it off instead.
 */
class CustomTrackerBrowserTest extends BrowserTest {

    @Autowired
    CustomTrackerTypes customTypes;
    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;

    @Test
    void an_editor_changes_a_custom_trackers_values_and_an_admin_switches_off_a_type_in_use() {
        signIn(NORTHFIELD_ADMIN);
        String name = "Laptop loan " + UUID.randomUUID().toString().substring(0, 6);
        UUID type = customTypes.save(new CustomTrackerType(null, name, List.of(
                new CustomTrackerType.Field("Asset tag", CustomTrackerType.FieldKind.TEXT, true),
                new CustomTrackerType.Field("Return by", CustomTrackerType.FieldKind.DATE, false)),
                false, true, true, 5));
        signIn("tracker-create@northfield.example");
        UUID learner = learners.find(new LearnerFilter("WM00000247", null, null, null, null), 0, 1,
                Sort.unsorted()).getFirst().id();
        UUID tracker = trackers.raiseCustom(new CustomRaiseRequest(type, learner,
                Map.of("Asset tag", "LT-0247", "Return by", "2027-01-31"), "first loan", null));
        SecurityContextHolder.clearContext();

        signInWithForm("tracker-edit@northfield.example", demoPassword);
        page.navigate("/trackers/" + tracker);
        page.locator("#action-EDIT").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog).isVisible();
        page.getByLabel("Asset tag").fill("LT-0300");
        page.locator("#edit-notes textarea").fill("Replacement laptop after a cracked screen");
        settle();
        screenshot("custom-tracker-edit-dialog");
        page.locator("#edit-save").click();
        assertThat(page.locator("#tracker-request")).containsText("Asset tag: LT-0300");
        assertThat(page.locator("#tracker-history")).containsText("LT-0247 \u2192 LT-0300");
        settle();
        screenshot("custom-tracker-edited");

        Page admin = anotherBrowser();
        signInWithForm(admin, NORTHFIELD_ADMIN, demoPassword);
        admin.navigate("/tracker-settings");
        admin.locator("#custom-type-grid vaadin-button.custom-type-delete[aria-label='Delete " + name + "']").click();
        assertThat(admin.locator("#custom-type-delete-text")).containsText("cannot be deleted: 1 tracker is");
        settle(admin);
        screenshot(admin, "custom-type-delete-in-use");
        admin.locator("#custom-type-switch-off").click();
        assertThat(admin.locator("#custom-type-delete-text")).hasCount(0);
        settle(admin);
        admin.locator("#custom-types").scrollIntoViewIfNeeded();
        screenshot(admin, "custom-types-after-switch-off");
    }
}
