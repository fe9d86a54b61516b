package app.waymark.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users on a killed node (issue 16, part 4), against the running cluster of {@code bench/cluster.sh}, through HAProxy:
 * a staff member signs in, corrects a learner's address and saves it; the node HAProxy's cookie ({@code JSESSIONID}
 * prefixed {@code appN~}) names is killed with SIGKILL; the page is reloaded, lands on the survivor, which asks
 * for a sign-in; after it, the learner's page shows the saved address. Prints the figures. Run by
 * {@code bench/cluster-failures.sh users}; settings are system properties (bench.base-url, bench.cluster-dir,
 * bench.pg-port, bench.email, bench.password).
 */
@Tag("benchmark")
class ClusterFailoverBrowserBenchmark {

    private static final String BASE_URL = System.getProperty("bench.base-url", "http://127.0.0.1:8088");
    private static final Path CLUSTER_DIR = Path.of(System.getProperty("bench.cluster-dir",
            "/var/tmp/waymark-cluster"));
    private static final String PG_PORT = System.getProperty("bench.pg-port", "55432");
    private static final String EMAIL = System.getProperty("bench.email", "mis@riverside.example");
    private static final String PASSWORD = System.getProperty("bench.password", "Waymark-demo-2026");

    @Test
    void a_user_of_a_killed_node_signs_in_on_the_survivor_and_finds_what_they_saved() throws Exception {
        Files.createDirectories(BrowserTest.SCREENSHOTS);
        TestChromium.Launched launched = TestChromium.launch();
        try (Playwright playwright = launched.playwright(); Browser browser = launched.browser();
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(BASE_URL)
                     .setViewportSize(1280, 800).setIgnoreHTTPSErrors(true))) {
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            UUID learner = firstLearnerOf(EMAIL.substring(EMAIL.indexOf('@') + 1));
            String address = "Failover " + System.currentTimeMillis() + " Road";

            BrowserTest.signInWithForm(page, EMAIL, PASSWORD);
            page.waitForURL(url -> !url.contains("/login"));
            page.navigate("/learners/" + learner);
            page.locator("#correct-contact").click();
            page.locator("#add-line1 input").fill(address);
            page.locator("#save-contact").click();
            page.locator("#learner-detail").getByText(address).first().waitFor();
            BrowserTest.settle(page);
            BrowserTest.settle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve(
                    "cluster-failover-1-saved.png")));
            String node = node(context);

            long pid = Long.parseLong(Files.readString(CLUSTER_DIR.resolve(node.replace("app", "node") + ".pid"))
                    .trim());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            long killedAt = System.nanoTime();
            process.destroyForcibly();
            process.onExit().join();

            // As the user would: reload until the portal answers (HAProxy answers 503 while it still sends the session
            // to the dead node), then the survivor, knowing no session, shows the sign-in page.
            int errorAnswers = 0;
            Response answer;
            while ((answer = page.reload()) == null || answer.status() != 200) {
                errorAnswers++;
                assertThat(System.nanoTime() - killedAt).as("the portal answers again within a minute")
                        .isLessThan(60_000_000_000L);
                page.waitForTimeout(500);
            }
            page.locator("vaadin-login-form input[name='username']").waitFor();
            long loginShown = System.nanoTime();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve(
                    "cluster-failover-2-sign-in-again.png")));
            BrowserTest.signInWithForm(page, EMAIL, PASSWORD);
            page.waitForURL(url -> !url.contains("/login"));
            long signedIn = System.nanoTime();
            page.navigate("/learners/" + learner);
            page.locator("#learner-detail").getByText(address).first().waitFor();
            long seen = System.nanoTime();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve(
                    "cluster-failover-3-saved-on-survivor.png")));
            String survivor = node(context);

            System.out.printf("failover | node holding the session, killed (SIGKILL) | %s, pid %d%n", node, pid);
            System.out.printf("failover | reloads answered with an error (reloading every 0.5 s) | %d%n", errorAnswers);
            System.out.printf("failover | kill -> reload shows the sign-in page | %.1f s%n",
                    seconds(killedAt, loginShown));
            System.out.printf("failover | kill -> signed in again (on %s) | %.1f s%n", survivor,
                    seconds(killedAt, signedIn));
            System.out.printf("failover | kill -> the address saved before the kill seen | %.1f s%n",
                    seconds(killedAt, seen));
            assertThat(survivor).isNotEqualTo(node);
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** The node HAProxy tied the session to: the prefix it put on the session cookie. */
    private static String node(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map(cookie -> cookie.value)
                .map(value -> value.substring(0, value.indexOf('~'))).findFirst().orElseThrow();
    }

    private static UUID firstLearnerOf(String mailDomain) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG_PORT + "/waymark",
                "postgres", "");
             PreparedStatement query = db.prepareStatement("""
                     select l.id from learner l join tenant t on t.id = l.tenant_id
                     where t.slug = split_part(?, '.', 1) order by l.learn_ref_number limit 1""")) {
            query.setString(1, mailDomain);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }
}
