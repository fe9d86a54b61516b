package app.waymark.browser;

import app.waymark.branding.BrandingService;
import app.waymark.learner.RecordChange;
import app.waymark.portal.PortalTestProvider;
import app.waymark.tenant.TenantService;
import app.waymark.security.DemoAccounts;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.TrackerService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A learner on a phone (390 x 844) signs in to their provider's portal with the code from their email (read from the
 * test mail server), sees About you, cannot reach a staff page, signs out, and signs in again with the emailed link.
 * The session id changes at sign-in, in a real browser, from the Vaadin click that signs in. Each page is kept as
 * target/screenshots/portal-NN-*.png and checked with axe-core's WCAG 2.2 AA rules.
 */
class LearnerPortalSignInBrowserTest extends BrowserTest {

    private static final String SESSION_COOKIE = "JSESSIONID";

    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    BrandingService brandings;
    @Autowired
    LearnerRequests requests;
    @Autowired
    TrackerService trackers;
    @Autowired
    DemoAccounts accounts;

    PortalTestProvider provider;
    String providerName;

    @BeforeEach
    void aBrandedProviderAndAPhone() {
        provider = PortalTestProvider.create(tenants, jdbc, transactions);
        providerName = "Larkspur College";
        provider.brand(brandings, providerName, "#7a1f5c");
        page.setViewportSize(390, 844);
    }

    @Test
    void a_learner_signs_in_with_the_emailed_code_on_a_phone_and_sees_about_you() {
        String address = PortalTestProvider.newAddress("Kai");
        UUID learner = provider.learner("Kai", "Moreno", address, "+447700900612");
        provider.contactPreference(learner, "RUI", 6);
        provider.contactPreference(learner, "PMC", 2);
        UUID moved = provider.call(() -> requests.request(learner, new RecordChange.AddressChange(
                "Flat 2, 18 Wren Road", "Hyde Park", null, null, "LS6 1AN"), "Learner portal", null));
        UUID renamed = provider.call(() -> requests.request(learner, new RecordChange.NameChange("Kai",
                "Moreno-Hart", true), "Learner portal", null));
        provider.call(() -> requests.request(learner, new RecordChange.ContactDetailsChange(
                "kai.moreno.hart@mail.example", "07700 900613"), "Learner portal", null));
        signIn("tracker-process@" + provider.withStaff(accounts, demoPassword), demoPassword);
        trackers.process(moved, trackers.details(moved).orElseThrow().version(), java.util.Map.of());
        trackers.reject(renamed, trackers.details(renamed).orElseThrow().version(),
                "We need to see your marriage certificate or deed poll. Please ask again with a photo of it.");
        SecurityContextHolder.clearContext();

        page.navigate("/me/" + provider.slug);
        // The first page a fresh browser opens may wait for the application's front end to load.
        heading().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(heading()).hasText("Sign in to " + providerName);
        assertThat(page.locator(".wm-survey-header")).hasCSS("background-color", "rgb(122, 31, 92)");
        shot("01-sign-in");
        page.locator("#continue").click();
        assertThat(page.locator("#error-summary")).containsText("Enter your email address or mobile phone number");
        shot("02-sign-in-error");

        page.locator("#address input").fill(address);
        page.locator("#continue").click();
        assertThat(heading()).hasText("Check your email");
        assertThat(page).hasURL(Pattern.compile(".*/me/" + provider.slug + "/code$"));
        shot("03-code");
        String code = PortalTestProvider.awaitCode(MAIL, address, 1);
        String before = sessionId(page);

        page.locator("#code input").fill("000000".equals(code) ? "111111" : "000000");
        page.locator("#continue").click();
        assertThat(page.locator("#error-summary")).containsText("The code is not right");
        shot("04-code-error");
        page.locator("#code input").fill(code);
        page.locator("#continue").click();

        assertThat(heading()).hasText("About you");
        assertThat(page).hasURL(Pattern.compile(".*/me/" + provider.slug + "/about$"));
        assertThat(page.locator("#value-name")).hasText("Kai Moreno");
        assertThat(page.locator("#value-mobile")).hasText("07700 900612");
        assertThat(page.locator("#value-address")).containsText("Flat 2, 18 Wren Road");
        assertThat(page.locator("#requests")).containsText("Accepted");
        assertThat(page.locator("#requests")).containsText("Not accepted");
        assertThat(page.locator("#requests")).containsText("Waiting");
        shot("05-about-you");

        String after = sessionId(page);
        org.assertj.core.api.Assertions.assertThat(after).as("the session id after signing in")
                .isNotNull().isNotEqualTo(before);
        Page withOldId = browserWithSessionId(before);
        withOldId.navigate("/me/" + provider.slug + "/about");
        assertThat(withOldId.locator("#survey-heading")).hasText("Sign in to " + providerName);

        // A click on the same page after the new id: the page still talks to its session.
        page.locator("#sign-out").click();
        assertThat(heading()).hasText("Sign in to " + providerName);
        assertThat(page.locator("#signed-out")).hasText("You have signed out.");
        shot("06-signed-out");

        page.locator("#address input").fill(address);
        page.locator("#continue").click();
        assertThat(heading()).hasText("Check your email");
        String link = PortalTestProvider.awaitLinkPath(MAIL, address, 2);
        page.navigate(link);
        assertThat(heading()).hasText("Sign in to " + providerName);
        shot("07-link");
        page.locator("#sign-in").click();
        assertThat(heading()).hasText("About you");

        page.navigate("/learners");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate("/trackers");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate("/settings/users");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate("/me/" + provider.slug + "/about");
        assertThat(heading()).hasText("About you");

        clock.advance(Duration.ofMinutes(16));
        page.navigate("/me/" + provider.slug + "/about");
        assertThat(heading()).hasText("Sign in to " + providerName);
        assertThat(page.locator("#signed-out")).containsText("because you did nothing for 15 minutes");
        shot("08-idle");
    }

    private Locator heading() {
        return page.locator("#survey-heading");
    }

    private void shot(String name) {
        assertNoAccessibilityViolations("portal page " + name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-" + name + ".png"))
                .setFullPage(true));
    }

    private static String sessionId(Page on) {
        List<Cookie> cookies = on.context().cookies();
        return cookies.stream().filter(cookie -> cookie.name.equals(SESSION_COOKIE)).map(cookie -> cookie.value)
                .findFirst().orElse(null);
    }

    /** Another browser that presents an earlier session id, as someone who had seen it would. */
    private Page browserWithSessionId(String sessionId) {
        Page other = anotherBrowser();
        BrowserContext context = other.context();
        context.addCookies(List.of(new Cookie(SESSION_COOKIE, sessionId).setDomain("localhost").setPath("/")));
        return other;
    }
}
