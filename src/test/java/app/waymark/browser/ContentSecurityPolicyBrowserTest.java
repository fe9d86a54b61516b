package app.waymark.browser;

import app.waymark.branding.BrandingService;
import app.waymark.destination.DestinationSettingsService;
import app.waymark.destination.SurveyDispatch;
import app.waymark.destination.SurveyLinkFixture;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The portal works under its Content-Security-Policy in Chromium: signing in, a staff page with a grid, the branding
 * page with a logo (shown, and a new one uploaded), the message wording page with its email preview (an inline
 * data: logo in a srcdoc frame) and a learner's survey page, with push on, all without a single refusal in the
 * console. And the policy is really in force: a script injected into the page without the nonce does not run.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    /** Reports every violation to the console too, whatever the page is doing (runs in every frame). */
    private static final String REPORT_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e =>"
            + " console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI"
            + " + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DestinationSettingsService settings;
    @Autowired
    SurveyDispatch dispatch;
    @Autowired
    BrandingService brandings;
    @Autowired
    DemoAccounts demoAccounts;

    private final List<String> refusals = new CopyOnWriteArrayList<>();

    @Test
    void staff_and_learner_pages_work_with_no_content_security_policy_refusal() throws IOException {
        SurveyLinkFixture provider = SurveyLinkFixture.provider(tenants, jdbc, transactions, settings, dispatch,
                clock);
        provider.brand(brandings, "Juniper College", "#1d5c4a");
        provider.call(() -> brandings.uploadLogo(logo(new Color(0x1d5c4a)), "juniper.png"));
        SurveyLinkFixture.Invited learner = provider.invite("Ira", "ira-" + UUID.randomUUID() + "@mail.example", 12);
        String domain = "juniper-" + provider.tenantId().toString().substring(0, 8) + ".example";
        String password = "Csp-journey-" + UUID.randomUUID();
        provider.call(() -> demoAccounts.ensureStaffPerRole(provider.tenantId(), domain, List.of("Jo Admin"),
                password));
        SecurityContextHolder.clearContext();
        listen(page);

        Response signInPage = page.navigate("/login");
        org.assertj.core.api.Assertions.assertThat(signInPage.headers()).containsKey("content-security-policy");
        signInWithForm("admin@" + domain, password);
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));

        page.navigate("/learners");
        assertThat(page.locator("#learners vaadin-grid")).containsText("Ira");

        page.navigate("/settings/branding");
        waitUntilLoaded("#current-logo img");
        page.locator("#logo-upload input[type=file]").setInputFiles(logoFile(new Color(0x7a1f5c)));
        waitUntilLoaded("#branding-preview img.wm-learner-logo");
        assertThat(page.locator("#logo-upload vaadin-upload-file")).hasCount(0);
        settle();
        screenshot("csp-branding");

        page.navigate("/settings/messages");
        Locator previewLogo = page.frameLocator("#email-preview").locator("img");
        previewLogo.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        org.assertj.core.api.Assertions.assertThat(previewLogo.evaluate(
                "image => image.complete && image.naturalWidth > 0")).isEqualTo(true);
        settle();

        Page learnersPhone = anotherBrowser();
        listen(learnersPhone);
        Response surveyPage = learnersPhone.navigate(learner.path());
        org.assertj.core.api.Assertions.assertThat(surveyPage.headers()).containsKey("content-security-policy")
                .containsEntry("referrer-policy", "same-origin");
        assertThat(learnersPhone.locator("#survey-heading"))
                .hasText("What have you been doing since you left Juniper College?");
        learnersPhone.waitForFunction("() => { const image = document.querySelector('img');"
                + " return image && image.complete && image.naturalWidth > 0; }");
        learnersPhone.locator("#start").click();
        assertThat(learnersPhone.locator("#survey-heading")).hasText("What have you done since you left?");
        screenshot(learnersPhone, "csp-survey");

        org.assertj.core.api.Assertions.assertThat(refusals).as("console messages about the policy").isEmpty();

        boolean injectedScriptRan = (Boolean) learnersPhone.evaluate("() => { const script ="
                + " document.createElement('script'); script.textContent = 'window.injectedScriptRan = true';"
                + " document.head.append(script); return window.injectedScriptRan === true; }");
        org.assertj.core.api.Assertions.assertThat(injectedScriptRan).as("a script injected without the nonce ran")
                .isFalse();
    }

    private void listen(Page on) {
        on.addInitScript(REPORT_VIOLATIONS);
        on.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("Content Security Policy") || text.contains("Refused to")
                    || text.startsWith("CSP violation")) {
                // Refused data: URLs are long: their start says enough.
                refusals.add(on.url() + ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
            }
        });
    }

    private void waitUntilLoaded(String imageSelector) {
        page.waitForFunction("selector => { const image = document.querySelector(selector);"
                + " return image && image.complete && image.naturalWidth > 0; }", imageSelector);
    }

    private static Path logoFile(Color colour) throws IOException {
        Path file = Files.createTempFile("csp-logo", ".png");
        file.toFile().deleteOnExit();
        Files.write(file, logo(colour));
        return file;
    }

    /** A 240 × 60 block of the provider's colour. */
    private static byte[] logo(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(240, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(colour);
            g.fillRect(0, 0, 240, 60);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
