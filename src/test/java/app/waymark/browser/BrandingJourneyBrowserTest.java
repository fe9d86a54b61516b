package app.waymark.browser;

import app.waymark.VonageStub;
import app.waymark.branding.Branding;
import app.waymark.branding.BrandingChange;
import app.waymark.branding.BrandingService;
import app.waymark.notification.MessageChannel;
import app.waymark.notification.MessageStatus;
import app.waymark.notification.OutboxFilter;
import app.waymark.notification.Outbox;
import app.waymark.notification.OutboxService;
import app.waymark.notification.OutgoingSms;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Riverside (Waymark's default look) gets a colour and a logo, sees them in the preview and, after a reload, in the
 * staff header; the message wording and outbox pages are captured too. Riverside's default look is restored after.
 */
class BrandingJourneyBrowserTest extends BrowserTest {

    private static final String PLUM = "#7a1f5c";
    private static final String PLUM_RGB = "rgb(122, 31, 92)";
    private static final String REFUSED_NUMBER = "+447700900976";

    @Autowired
    BrandingService brandings;
    @Autowired
    OutboxService outbox;
    @Autowired
    Outbox queue;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void restoreRiversideDefaults() {
        VONAGE.acceptAll();
        signIn(RIVERSIDE_ADMIN);
        brandings.save(new BrandingChange(null, null, null, null, null, null));
        brandings.removeLogo();
        Branding restored = brandings.current();
        org.assertj.core.api.Assertions.assertThat(restored.ownColour()).isFalse();
        org.assertj.core.api.Assertions.assertThat(restored.hasLogo()).isFalse();
    }

    @Test
    void an_admin_brands_riverside_with_a_colour_and_logo_and_the_header_shows_them() throws IOException {
        Path logo = riversideLogo();
        signInWithForm(RIVERSIDE_ADMIN, demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Riverside Training");

        page.navigate("/settings/branding");
        assertThat(page.locator("#primary-colour input")).hasValue(Branding.DEFAULT_COLOUR);
        assertThat(page.locator("#branding-preview .wm-learner-name")).hasText("Riverside Training");
        wholeViewScreenshot("#branding", "branding-page-default");

        page.locator("#primary-colour input").fill(PLUM);
        assertThat(page.locator("#contrast")).hasAttribute("data-passes", "true");
        assertThat(page.locator("#branding-preview .wm-learner-header"))
                .hasCSS("background-color", PLUM_RGB);

        page.locator("#logo-upload input[type=file]").setInputFiles(logo);
        Locator previewLogo = page.locator("#branding-preview img.wm-learner-logo");
        previewLogo.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        waitUntilLoaded("#branding-preview img.wm-learner-logo");
        assertThat(page.locator("#current-logo img")).isVisible();
        // The finished file leaves the upload's list, so another logo can be chosen straight away.
        assertThat(page.locator("#logo-upload vaadin-upload-file")).hasCount(0);
        assertThat(page.locator("#header-logo")).isVisible();

        page.locator("#save-branding").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Branding saved."))).isVisible();
        settle();
        wholeViewScreenshot("#branding", "branding-page");
        page.locator("#branding-preview").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("branding-preview.png")));

        page.reload();
        assertThat(page.locator("#header-logo")).isVisible();
        waitUntilLoaded("#header-logo");
        assertThat(page.locator("#organisation-name")).hasText("Riverside Training");
        assertThat(page.locator("#primary-colour input")).hasValue(PLUM);
        page.waitForFunction("() => getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--wm-brand-color').trim() === '" + PLUM + "'");
        assertThat(page.locator("#save-branding")).hasCSS("background-color", PLUM_RGB);
        wholeViewScreenshot("#branding", "branding-page-reloaded");

        page.navigate("/settings/messages");
        assertThat(page.locator("#email-subject input")).not().hasValue("");
        assertThat(page.frameLocator("#email-preview").locator("img")).isVisible();
        assertThat(page.frameLocator("#email-preview").locator("body")).containsText("Riverside Training");
        assertThat(page.locator("#sms-length")).containsText("GSM-7");
        settle();
        wholeViewScreenshot("#message-templates", "message-templates");

        signIn(RIVERSIDE_ADMIN);
        OutboxFilter sentToMe = new OutboxFilter(MessageStatus.SENT, MessageChannel.EMAIL, RIVERSIDE_ADMIN, null,
                null, null);
        long sentBefore = outbox.count(sentToMe);
        page.locator("#test-email").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Test queued for " + RIVERSIDE_ADMIN))).isVisible();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> outbox.count(sentToMe) > sentBefore);

        UUID refused = failedSms();

        page.navigate("/settings/messages/outbox");
        assertThat(page.locator("#outbox-grid")).containsText(RIVERSIDE_ADMIN);
        assertThat(page.locator("#outbox-grid")).containsText("Survey invitation: Riverside Training");
        assertThat(page.locator("#outbox-grid")).containsText("Invalid to number");
        settle();
        screenshot("outbox");

        VONAGE.acceptAll();
        page.locator("#outbox-grid vaadin-button.wm-outbox-retry").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Message to " + REFUSED_NUMBER + " queued again."))).isVisible();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> outbox.find(
                new OutboxFilter(MessageStatus.SENT, null, REFUSED_NUMBER, null, null, null), 0, 20).stream()
                .anyMatch(message -> message.id().equals(refused)));
    }

    /**
     * The staff layout scrolls its content area, not the page, so a full-page screenshot stops at the window: the
     * window is made as tall as the view for the screenshot.
     */
    private void wholeViewScreenshot(String viewSelector, String name) {
        int height = ((Number) page.evaluate("selector => { const view = document.querySelector(selector);"
                + " view.scrollIntoView({block: 'start'});"
                + " return Math.ceil(view.getBoundingClientRect().bottom + 40); }", viewSelector)).intValue();
        page.setViewportSize(1280, Math.max(800, height));
        settle();
        screenshot(name);
        page.setViewportSize(1280, 800);
    }

    /** An SMS that Vonage refuses for good, so the outbox has a failed message with its Retry button. */
    private UUID failedSms() {
        VONAGE.server().stubFor(post(urlPathEqualTo(VonageStub.SMS_PATH)).atPriority(1)
                .withRequestBody(containing("to=" + REFUSED_NUMBER.substring(1)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"message-count\":\"1\",\"messages\":[{\"status\":\"3\","
                                + "\"error-text\":\"Invalid to number\"}]}")));
        UUID id = transactions.execute(tx -> queue.queue(new OutgoingSms("refused:" + UUID.randomUUID(),
                "SURVEY_REMINDER", REFUSED_NUMBER, "Riverside Training: a reminder", "Riverside"))).id();
        OutboxFilter failed = new OutboxFilter(MessageStatus.FAILED, null, REFUSED_NUMBER, null, null, null);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> outbox.find(failed, 0, 20).stream()
                .anyMatch(message -> message.id().equals(id)));
        return id;
    }

    private void waitUntilLoaded(String imageSelector) {
        page.waitForFunction("selector => { const image = document.querySelector(selector);"
                + " return image && image.complete && image.naturalWidth > 0; }", imageSelector);
    }

    /** A 480 × 120 word-mark: a plum circle with a white R and the name beside it. */
    private static Path riversideLogo() throws IOException {
        BufferedImage image = new BufferedImage(480, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color plum = Color.decode(PLUM);
            g.setColor(plum);
            g.fillOval(8, 8, 104, 104);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
            g.drawString("R", 38, 83);
            g.setColor(plum);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString("Riverside", 128, 58);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
            g.drawString("Training", 128, 98);
        } finally {
            g.dispose();
        }
        Path file = Files.createTempFile("riverside-logo", ".png");
        file.toFile().deleteOnExit();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
