package app.waymark.browser;

import app.waymark.branding.BrandingChange;
import app.waymark.branding.BrandingService;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The operator's Sending domains dialog (Northfield's approved domain, a malformed one refused) and what the Branding
 * page says about the From address: Northfield's approved own address, Riverside's unapproved one. Riverside's
 * default senders are restored after.
 */
class SenderDomainsBrowserTest extends BrowserTest {

    @Autowired
    BrandingService brandings;

    @AfterEach
    void restoreRiversideDefaults() {
        signIn(RIVERSIDE_ADMIN);
        brandings.save(new BrandingChange(null, null, null, null, null, null));
    }

    @Test
    void the_operator_sees_northfields_approved_domain_and_the_branding_pages_say_where_emails_come_from() {
        signInWithForm(OPERATOR, demoPassword);
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Tenants")).click();
        assertThat(page.locator("#tenants-grid")).containsText("northfield.example");
        page.locator("#sending-domains-northfield").click();
        assertThat(page.locator("#sending-domains")).containsText("Northfield College sends email from its own"
                + " address only at a domain approved here");
        assertThat(page.locator("#sending-domains-grid")).containsText("northfield.example");
        page.locator("#sending-domain input").fill("learners@northfield.ac.uk");
        page.locator("#approve-domain").click();
        assertThat(page.locator("#sending-domain")).containsText("enter only the part after the @");
        settle();
        screenshot("sending-domains-dialog");

        Page northfield = anotherBrowser();
        signInWithForm(northfield, NORTHFIELD_ADMIN, demoPassword);
        assertThat(northfield.locator("#organisation-name")).hasText("Northfield College");
        northfield.navigate("/settings/branding");
        assertThat(northfield.locator("#email-sender-statement")).containsText(
                "Emails are sent from surveys@northfield.example (domain northfield.example approved by Waymark)");
        sendersScreenshot(northfield, "branding-sender-approved");

        Page riverside = anotherBrowser();
        signInWithForm(riverside, RIVERSIDE_ADMIN, demoPassword);
        assertThat(riverside.locator("#organisation-name")).hasText("Riverside Training");
        riverside.navigate("/settings/branding");
        riverside.locator("#email-from-address input").fill("learners@riverside.example");
        riverside.locator("#save-branding").click();
        assertThat(riverside.locator("#email-sender-statement")).containsText("ask Waymark to approve"
                + " riverside.example to send from learners@riverside.example");
        sendersScreenshot(riverside, "branding-sender-not-approved");
    }

    private void sendersScreenshot(Page on, String name) {
        on.locator("#email-sender-statement").scrollIntoViewIfNeeded();
        on.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
