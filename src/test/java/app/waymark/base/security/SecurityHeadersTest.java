package app.waymark.base.security;

import app.waymark.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers a browser gets from the running portal (over HTTP, through every filter and Vaadin's own forwarding
 * servlet): a Content-Security-Policy whose script nonce matches every script of the page, Referrer-Policy
 * same-origin, and a session cookie that other sites cannot send along (SameSite=Lax).
 */
class SecurityHeadersTest extends IntegrationTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{22,})'");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_sign_in_page_has_a_content_security_policy_whose_nonce_is_on_each_of_its_scripts() throws Exception {
        HttpResponse<String> response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertPagePolicyCoversItsScripts(response);
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void a_learners_survey_page_has_the_same_policy_and_referrer_policy() throws Exception {
        // The page itself is the same for any token: what the learner sees is fetched by the page afterwards.
        HttpResponse<String> response = get("/survey/" + "A".repeat(43));

        assertThat(response.statusCode()).isEqualTo(200);
        assertPagePolicyCoversItsScripts(response);
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void each_page_gets_a_new_nonce() throws Exception {
        assertThat(nonceOf(get("/login"))).isNotEqualTo(nonceOf(get("/login")));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> response = get("/login");

        List<String> sessionCookies = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        assertThat(sessionCookies).singleElement().satisfies(cookie -> assertThat(cookie)
                .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));
    }

    @Test
    void the_machine_api_and_the_webhooks_allow_no_content_at_all() throws Exception {
        for (String path : List.of("/api/ilr/imports", "/webhooks/vonage/delivery-receipts")) {
            HttpResponse<String> response = get(path);

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    private void assertPagePolicyCoversItsScripts(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow(
                () -> new AssertionError("no Content-Security-Policy header on " + response.uri()));
        String nonce = nonceOf(response);
        assertThat(policy).isEqualTo(SecurityHeaders.PAGE_POLICY.formatted(nonce));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script")).isNotEmpty().allSatisfy(
                (Element script) -> assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce));
    }

    private static String nonceOf(HttpResponse<String> response) {
        Matcher matcher = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertThat(matcher.find()).as("a script nonce in the policy of %s", response.uri()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
