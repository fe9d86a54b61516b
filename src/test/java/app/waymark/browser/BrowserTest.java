package app.waymark.browser;

import app.waymark.IntegrationTest;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Journeys in Chromium ({@link TestChromium}) against the portal on a random port. Screenshots are kept under
 * {@code target/screenshots/} for people to look at. Playwright gives each launch a fresh, empty profile.
 */
public abstract class BrowserTest extends IntegrationTest {

    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext browserContext;
    protected Page page;

    @BeforeAll
    static void launchChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        TestChromium.Launched launched = TestChromium.launch();
        playwright = launched.playwright();
        browser = launched.browser();
    }

    @AfterAll
    static void closeChromium() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (playwright != null) {
                playwright.close();
            }
        }
    }

    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();

    @BeforeEach
    void openPage() {
        browserContext = newContext(1280, 800);
        page = browserContext.newPage();
    }

    @AfterEach
    void closePage() {
        otherContexts.forEach(BrowserContext::close);
        browserContext.close();
    }

    /** A second browser, with its own cookies (another person, or the same person on another device). */
    protected Page anotherBrowser() {
        BrowserContext context = newContext(1280, 800);
        otherContexts.add(context);
        return context.newPage();
    }

    private BrowserContext newContext(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        return context;
    }

    protected void screenshot(String name) {
        screenshot(page, name);
    }

    protected void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Waits until Vaadin has finished the round trip started by the last action. */
    protected void settle() {
        settle(page);
    }

    protected static void settle(Page on) {
        on.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as tagged by axe-core. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Runs Deque's axe-core rules for WCAG 2.2 AA on the page as it is now; fails listing every violation. */
    protected void assertNoAccessibilityViolations(String pageName) {
        assertNoAccessibilityViolations(page, pageName);
    }

    /** The same, on another browser's page (a second person in the journey). */
    protected void assertNoAccessibilityViolations(Page on, String pageName) {
        settle(on);
        List<Rule> violations = new AxeBuilder(on).withTags(WCAG_AA).analyze().getViolations();
        org.assertj.core.api.Assertions.assertThat(violations).as("axe-core WCAG 2.2 AA violations on %s:%n%s",
                pageName, violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"))).isEmpty();
    }

    protected void signInWithForm(String email, String password) {
        signInWithForm(page, email, password);
    }

    protected static void signInWithForm(Page on, String email, String password) {
        on.navigate("/login");
        on.locator("vaadin-login-form input[name='username']").fill(email);
        on.locator("vaadin-login-form input[name='password']").fill(password);
        on.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button")
                .first().click();
    }

}
