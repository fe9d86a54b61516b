package app.waymark.browser;

import app.waymark.MailedLinks;
import app.waymark.TestMailServer;
import app.waymark.VonageStub;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A production install exactly as {@code docs/deploying.md} describes it: a standalone PostgreSQL set up with the SQL
 * of that page, the packaged jar under the {@code prod} profile with no demo data, and then in Chromium the bootstrap
 * operator registers a provider with its first admin, the admin joins from the emailed invitation and invites a
 * tutor, the tutor joins, and a password reset link works once. Runs after {@code package}, on the built jar.
 */
class ProductionFirstRunIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String OPERATOR = "operator@install.example";
    private static final String OPERATOR_PASSWORD = "a long first password for the platform";

    private static EmbeddedPostgres postgres;
    private static TestMailServer mail;
    private static VonageStub vonage;
    private static Process portal;
    private static int port;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void installLikeTheGuide() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        postgres = EmbeddedPostgres.builder().start();
        String ownerPassword = UUID.randomUUID().toString();
        String appPassword = UUID.randomUUID().toString();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : guideSql(ownerPassword, appPassword)) {
                statement.execute(sql);
            }
        }
        mail = TestMailServer.startOnFreePort();
        vonage = VonageStub.start();
        port = freePort();
        portal = startPortal(Map.ofEntries(
                Map.entry("SPRING_PROFILES_ACTIVE", "prod"),
                Map.entry("WAYMARK_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/waymark"),
                Map.entry("WAYMARK_DB_USER", "waymark_app"),
                Map.entry("WAYMARK_DB_PASSWORD", appPassword),
                Map.entry("WAYMARK_DB_OWNER_USER", "waymark_owner"),
                Map.entry("WAYMARK_DB_OWNER_PASSWORD", ownerPassword),
                Map.entry("SPRING_MAIL_HOST", "127.0.0.1"),
                Map.entry("SPRING_MAIL_PORT", Integer.toString(mail.port())),
                Map.entry("WAYMARK_MAIL_FROM_ADDRESS", "no-reply@install.example"),
                Map.entry("WAYMARK_VONAGE_API_KEY", "install-key"),
                Map.entry("WAYMARK_VONAGE_API_SECRET", "install-secret"),
                Map.entry("WAYMARK_VONAGE_BASE_URL", vonage.baseUrl()),
                Map.entry("WAYMARK_PUBLIC_BASE_URL", "http://localhost:" + port),
                Map.entry("WAYMARK_BOOTSTRAP_OPERATOR_EMAIL", OPERATOR),
                Map.entry("WAYMARK_BOOTSTRAP_OPERATOR_PASSWORD", OPERATOR_PASSWORD),
                Map.entry("PORT", Integer.toString(port))));
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(ProductionFirstRunIT::portalAnswers);
        TestChromium.Launched launched = TestChromium.launch();
        playwright = launched.playwright();
        browser = launched.browser();
    }

    @AfterAll
    static void uninstall() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } finally {
            if (portal != null) {
                portal.destroy();
                try {
                    if (!portal.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        portal.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    portal.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
            if (mail != null) {
                mail.stop();
            }
            if (vonage != null) {
                vonage.server().stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void the_operator_onboards_a_provider_whose_admin_and_tutor_join_by_email_and_a_reset_link_works_once()
            throws IOException, InterruptedException {
        Page operator = newPage();
        signIn(operator, "operator@waymark.example", "Waymark-demo-2026");
        assertThat(operator.locator("vaadin-login-form")).containsText("Incorrect email or password");
        assertThat(demoApiTokenAnswer()).as("the README's demo API token under prod").isEqualTo(401);

        signIn(operator, OPERATOR, OPERATOR_PASSWORD);
        operator.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Tenants")).click();
        assertThat(operator.locator("#tenants-grid")).isVisible();
        operator.locator("#create-tenant").click();
        operator.locator("#tenant-name input").fill("Hilltop Training");
        operator.locator("#tenant-slug input").fill("hilltop");
        operator.locator("#tenant-ukprn input").fill("10099999");
        operator.locator("#admin-name input").fill("Hana Hill");
        operator.locator("#admin-email input").fill("hana@hilltop.example");
        screenshot(operator, "prod-01-new-provider");
        operator.locator("#tenant-save").click();
        assertThat(operator.locator("#tenants-grid")).containsText("Hilltop Training");
        assertThat(operator.locator("#tenants-grid")).containsText("None yet: 1 invited");
        screenshot(operator, "prod-02-provider-invited");

        Page admin = newPage();
        join(admin, MailedLinks.awaitLink(mail, "hana@hilltop.example", "/invitation/", 1),
                "Join Hilltop Training on Waymark", "a password she chose herself");
        assertThat(admin.locator("#organisation-name")).hasText("Hilltop Training");
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")).click();
        admin.locator("#invite-user").click();
        admin.locator("#invite-email input").fill("tom@hilltop.example");
        admin.locator("#invite-name input").fill("Tom Tutor");
        admin.locator("#role-chooser vaadin-checkbox", new Page.LocatorOptions().setHasText("Tutor")).first()
                .click();
        admin.locator("#invite-save").click();
        assertThat(admin.locator("#invite-save")).isHidden();
        assertThat(admin.locator("#users vaadin-grid")).containsText("Invited (link works until");
        screenshot(admin, "prod-03-admin-invited-tutor");

        Page tutor = newPage();
        join(tutor, MailedLinks.awaitLink(mail, "tom@hilltop.example", "/invitation/", 1),
                "Join Hilltop Training on Waymark", "a password he chose himself");
        assertThat(tutor.locator("#organisation-name")).hasText("Hilltop Training");
        screenshot(tutor, "prod-04-tutor-signed-in");

        Page forgetful = newPage();
        forgetful.navigate("/forgot-password");
        forgetful.locator("#reset-email input").fill("tom@hilltop.example");
        forgetful.locator("#send-reset").click();
        assertThat(forgetful.locator("#reset-sent")).isVisible();
        String reset = MailedLinks.awaitLink(mail, "tom@hilltop.example", "/password-reset/", 2);
        join(forgetful, reset, "Choose a new password for Hilltop Training", "tom's brand new password");
        assertThat(forgetful.locator("#organisation-name")).hasText("Hilltop Training");
        forgetful.navigate(reset);
        assertThat(forgetful.locator("#account-heading")).hasText("This link has already been used");

        operator.reload();
        assertThat(operator.locator("#tenants-grid")).containsText("1 can sign in");
    }

    private static void join(Page page, String link, String heading, String password) {
        page.navigate(link);
        assertThat(page.locator("#account-heading")).hasText(heading);
        page.locator("#new-password input").fill(password);
        page.locator("#repeat-password input").fill(password);
        page.locator("#save-password").click();
    }

    private static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    private static Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The statements of the guide's first SQL block, with the two passwords filled in. */
    private static List<String> guideSql(String ownerPassword, String appPassword) throws IOException {
        Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/deploying.md")));
        assertThat(block.find()).as("an SQL block in docs/deploying.md").isTrue();
        String sql = block.group(1).replace("OWNER-PASSWORD", ownerPassword).replace("APP-PASSWORD", appPassword);
        return List.of(sql.split(";\\s*")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Process startPortal(Map<String, String> environment) throws IOException {
        Path jar;
        try (var jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("waymark-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("WAYMARK_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(Path.of("target", "prod-first-run.log").toFile());
        return builder.start();
    }

    private static int demoApiTokenAnswer() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/ilr-imports"))
                .header("Authorization", "Bearer wm_demo_northfield_ilr_upload_2026")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean portalAnswers() {
        if (!portal.isAlive()) {
            throw new IllegalStateException("The portal stopped; see target/prod-first-run.log");
        }
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
