package app.waymark.browser;

import app.waymark.MailedLinks;
import app.waymark.security.UserService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Staff choose their own passwords from emailed links, and a reset signs the person out everywhere else. */
class StaffAccountsBrowserTest extends BrowserTest {

    @Autowired
    UserService users;

    @Test
    void an_invited_tutor_follows_the_emailed_link_chooses_a_password_and_is_signed_in_once() {
        String email = "browser-invited-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        signIn(NORTHFIELD_ADMIN);
        users.invite(email, "Iris Invited", Set.of());
        SecurityContextHolder.clearContext();
        String link = MailedLinks.awaitLink(MAIL, email, "/invitation/", 1);

        page.navigate(link);
        assertThat(page.locator("#account-heading")).hasText("Join Northfield College on Waymark");
        assertThat(page.locator("#account-greeting")).containsText("Hello Iris Invited.");
        screenshot("10-invitation-page");
        page.locator("#new-password input").fill("iris chose this herself");
        page.locator("#repeat-password input").fill("iris chose this herself");
        page.locator("#save-password").click();

        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        screenshot("11-invitation-signed-in");

        Page later = anotherBrowser();
        later.navigate(link);
        assertThat(later.locator("#account-heading")).hasText("This link has already been used");
        screenshot(later, "12-invitation-used");
    }

    @Test
    void a_forgotten_password_is_reset_by_an_emailed_link_and_the_other_browser_is_signed_out_at_its_next_click() {
        String email = "browser-forgetful-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        signIn(NORTHFIELD_ADMIN);
        users.createWithPassword(email, "Fergus Forgetful", Set.of(users.roles().stream()
                .filter(role -> role.name().equals("Tutor")).findFirst().orElseThrow().id()),
                "the password fergus forgot");
        SecurityContextHolder.clearContext();
        Page elsewhere = anotherBrowser();
        signInWithForm(elsewhere, email, "the password fergus forgot");
        assertThat(elsewhere.locator("#organisation-name")).hasText("Northfield College");

        page.navigate("/login");
        page.locator("vaadin-login-form vaadin-button[slot='forgot-password'], vaadin-login-form"
                + " vaadin-button:has-text('Forgot your password?')").first().click();
        assertThat(page.locator("#forgot-intro")).isVisible();
        page.locator("#reset-email input").fill(email);
        page.locator("#send-reset").click();
        assertThat(page.locator("#reset-sent")).containsText("If " + email + " belongs to an account");
        screenshot("13-forgot-password-sent");
        String link = MailedLinks.awaitLink(MAIL, email, "/password-reset/", 1);

        page.navigate(link);
        assertThat(page.locator("#account-heading")).hasText("Choose a new password for Northfield College");
        page.locator("#new-password input").fill("fergus will remember this");
        page.locator("#repeat-password input").fill("fergus will remember this");
        page.locator("#save-password").click();
        // saving hashes the new password and signs in, which takes several seconds on a busy 2-core machine
        assertThat(page.locator("#organisation-name")).hasText("Northfield College",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));

        elsewhere.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Learners"))
                .click();
        assertThat(elsewhere.locator("vaadin-login-form")).isVisible();
        assertThat(elsewhere.locator("vaadin-login-form")).containsText("You have been signed out");
        screenshot(elsewhere, "14-signed-out-elsewhere");

        page.navigate(link);
        assertThat(page.locator("#account-heading")).hasText("This link has already been used");
    }

    @Test
    void a_tutor_disabled_by_the_admin_lands_on_the_sign_in_page_at_the_next_click_and_is_told_why() {
        String email = "browser-leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        signIn(NORTHFIELD_ADMIN);
        users.createWithPassword(email, "Lee Leaver", Set.of(users.roles().stream()
                .filter(role -> role.name().equals("Tutor")).findFirst().orElseThrow().id()),
                "the password of the leaver");
        SecurityContextHolder.clearContext();
        Page tutor = anotherBrowser();
        signInWithForm(tutor, email, "the password of the leaver");
        assertThat(tutor.locator("#organisation-name")).hasText("Northfield College");

        signInWithForm(NORTHFIELD_ADMIN, demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        page.navigate("/settings/users");
        page.locator("#user-search input").fill(email);
        Locator disable = visible(page.locator("vaadin-grid-cell-content vaadin-button", new Page.LocatorOptions()
                .setHasText("Disable")));
        assertThat(disable).hasCount(1); // the search has left only the leaver's row
        disable.click();
        assertThat(visible(page.locator("vaadin-grid-cell-content vaadin-button", new Page.LocatorOptions()
                .setHasText("Enable")))).hasCount(1);

        tutor.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Learners")).click();
        assertThat(tutor.locator("vaadin-login-form")).isVisible();
        assertThat(tutor.locator("vaadin-login-form")).containsText("Your Waymark account has been disabled");
        screenshot(tutor, "15-signed-out-when-disabled");
    }

    private static Locator visible(Locator locator) {
        return locator.filter(new Locator.FilterOptions().setVisible(true));
    }
}
