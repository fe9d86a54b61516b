package app.waymark.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class StaffJourneyBrowserTest extends BrowserTest {

    @Test
    void an_admin_creates_a_user_and_another_provider_never_sees_it() {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";

        page.navigate("/");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("01-login");

        signInWithForm(NORTHFIELD_ADMIN, demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        Locator nav = page.locator("#main-nav");
        assertThat(nav).containsText("Users");
        assertThat(nav).containsText("Audit trail");
        screenshot("02-home-northfield-admin");

        page.locator("#main-nav vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Users")).click();
        assertThat(page.locator("#users vaadin-grid")).isVisible();
        page.locator("#invite-user").click();
        page.locator("#invite-email input").fill(email);
        page.locator("#invite-name input").fill("Browser Tutor");
        page.locator("#role-chooser vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Tutor")).first().click();
        screenshot("03-invite-dialog");
        page.locator("#invite-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Invitation sent to " + email);
        screenshot("04-invitation-sent");
        assertThat(page.locator("#users vaadin-grid")).containsText(email);
        assertThat(page.locator("#users vaadin-grid")).containsText("Invited (link works until");
        screenshot("05-users-list");

        page.navigate("/audit?action=USER_CREATED");
        assertThat(page.locator("#audit vaadin-grid")).containsText(email);
        screenshot("05b-audit-user-created");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Sign out")).click();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        signInWithForm(RIVERSIDE_ADMIN, demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Riverside Training");
        page.navigate("/settings/users");
        assertThat(page.locator("#users vaadin-grid")).containsText("admin@riverside.example");
        assertThat(page.locator("#users vaadin-grid")).not().containsText("northfield.example");
        screenshot("06-users-riverside");
    }

    @Test
    void a_wrong_password_shows_one_message_for_every_cause() {
        signInWithForm(NORTHFIELD_ADMIN, "definitely-not-the-password");
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect email or password");
        screenshot("07-login-error");
    }

    @Test
    void a_tutor_opening_the_users_page_by_url_sees_access_denied() {
        signInWithForm("tutor@northfield.example", demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        page.navigate("/settings/users");
        assertThat(page.locator("#access-denied")).containsText("Access denied");
        assertThat(page.locator("#users")).hasCount(0);
        screenshot("08-access-denied");
    }

    @Test
    void the_operator_manages_tenants() {
        signInWithForm(OPERATOR, demoPassword);
        page.navigate("/platform/tenants");
        // Tests before this one add providers of their own, so a demo provider may be further down than the grid
        // shows: the operator finds each by its UKPRN.
        page.locator("#tenants-search input").fill("99999999");
        assertThat(page.locator("#tenants-grid")).containsText("Northfield College");
        page.locator("#tenants-search input").fill("10004567");
        assertThat(page.locator("#tenants-grid")).containsText("Riverside Training");
        assertThat(page.locator("#platform-events")).containsText("Tenant created");
        screenshot("09-tenants");
    }
}
