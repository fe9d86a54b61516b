package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.tenant.TenantFingerprint;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery (issue 16, security suite): a page on another site can make a signed-in staff member's
 * browser send any request, session cookie included, but not a CSRF token, a bearer token or a webhook signature.
 * Every state-changing HTTP endpoint outside Vaadin (found in the handler mappings, so a new one is covered without
 * editing this test) must refuse such a request and change nothing. Vaadin's own requests carry Vaadin's per-UI
 * token, which Vaadin checks itself.
 */
class CrossSiteRequestsTest extends IntegrationTest {

    /** The security chain's own state-changing endpoints: filters, not handler methods. */
    private static final List<String> SECURITY_CHAIN_ENDPOINTS = List.of("/login", "/logout");
    /** Boot's error page answers any method and changes nothing. */
    private static final Set<String> READ_ONLY_WHATEVER_THE_METHOD = Set.of("/error");
    private static final Set<RequestMethod> SAFE = EnumSet.of(RequestMethod.GET, RequestMethod.HEAD,
            RequestMethod.OPTIONS, RequestMethod.TRACE);

    /** Tables the portal's own jobs and sign-ins change while the test runs (as in CrossTenantServiceCallsTest). */
    private static final Set<String> MOVING = Set.of("outbox_message", "audit_event", "notification",
            "tracker_digest_item", "learner_sign_in_code", "sign_in_attempt");
    /** What a browser names as the origin of a request a page on another site makes it send. */
    private static final String ATTACKER = "https://attacker.example";

    @Autowired
    WebApplicationContext context;
    @Autowired
    FilterChainProxy securityFilters;
    @Autowired
    Map<String, RequestMappingInfoHandlerMapping> handlerMappings;
    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void every_state_changing_endpoint_refuses_a_request_carrying_only_a_signed_in_session() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityFilters).build();
        signIn(OPERATOR);
        UUID northfield = tenants.findBySlug("northfield").orElseThrow().id();
        MockHttpSession session = signedInSession();
        TenantFingerprint fingerprint = new TenantFingerprint(jdbc, transactions, MOVING);
        Map<String, String> before = fingerprint.of(northfield);

        List<String> requests = new ArrayList<>();
        for (String request : stateChangingRequests()) {
            String[] methodAndPath = request.split(" ", 2);
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                    .request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1]).session(session)
                    .header("Origin", ATTACKER).param("username", NORTHFIELD_ADMIN).param("password", demoPassword)
                    .param("messageId", "forged").param("status", "delivered")).andReturn().getResponse();
            assertThat(response.getStatus()).as("%s answered %s", request, response.getContentAsString())
                    .isIn(401, 403);
            requests.add(request);
        }

        assertThat(requests).as("the endpoints found").contains("POST /api/v1/ilr-imports",
                "POST /webhooks/vonage/delivery-receipts", "GET /webhooks/vonage/delivery-receipts", "POST /logout");
        assertThat(TenantFingerprint.changed(before, fingerprint.of(northfield))).isEmpty();
    }

    @Test
    void the_same_session_with_its_csrf_token_gets_past_the_check_so_the_refusal_is_the_tokens_doing() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityFilters).build();
        MockHttpSession session = signedInSession();

        MockHttpServletResponse withoutToken = mvc.perform(post("/logout", session)).andReturn().getResponse();
        CsrfToken token = csrfTokenOf(mvc, session);
        MockHttpServletResponse withToken = mvc.perform(post("/logout", session)
                .header(token.getHeaderName(), token.getToken())).andReturn().getResponse();

        assertThat(withoutToken.getStatus()).isEqualTo(403);
        assertThat(withToken.getStatus()).as("signed out and sent on").isEqualTo(302);
    }

    @Test
    void a_sign_in_form_is_taken_from_the_portals_own_page_and_refused_from_another_sites() throws Exception {
        // Vaadin exempts the sign-in form from the CSRF token (its login form posts without one): the Origin decides.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityFilters).build();

        MockHttpServletResponse ownPage = mvc.perform(signInPostedFrom("http://localhost")).andReturn().getResponse();
        MockHttpServletResponse otherSite = mvc.perform(signInPostedFrom(ATTACKER)).andReturn().getResponse();

        assertThat(ownPage.getStatus()).isEqualTo(302);
        assertThat(ownPage.getRedirectedUrl()).as("signed in: sent on, not back to the form").doesNotContain("error");
        assertThat(otherSite.getStatus()).isEqualTo(403);
        assertThat(otherSite.getErrorMessage()).isEqualTo("Sign-in refused: the form was sent from another site");
    }

    private MockHttpServletRequestBuilder signInPostedFrom(String origin) {
        return MockMvcRequestBuilders.post("/login").header("Origin", origin).header("Host", "localhost")
                .param("username", NORTHFIELD_ADMIN).param("password", demoPassword);
    }

    @Test
    void the_machine_api_takes_its_bearer_token_and_no_session() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityFilters).build();

        MockHttpServletResponse sessionOnly = mvc.perform(post("/api/v1/ilr-imports", signedInSession()))
                .andReturn().getResponse();
        MockHttpServletResponse bearer = mvc.perform(MockMvcRequestBuilders.post("/api/v1/ilr-imports")
                .header("Authorization", "Bearer wm_demo_northfield_ilr_upload_2026")).andReturn().getResponse();

        assertThat(sessionOnly.getStatus()).isEqualTo(401);
        assertThat(bearer.getStatus()).as("past the security chain: the request itself is wrong (no file)")
                .isNotIn(401, 403);
    }

    /** "METHOD /path" for every handler method that changes state, and the security chain's own endpoints. */
    private Set<String> stateChangingRequests() {
        Set<String> requests = new TreeSet<>();
        SECURITY_CHAIN_ENDPOINTS.forEach(path -> requests.add("POST " + path));
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings.values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                        ? EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE)
                        : EnumSet.copyOf(info.getMethodsCondition().getMethods());
                if (methods.stream().allMatch(SAFE::contains)) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    String path = pattern.replaceAll("\\{[^}]*}", "x").replace("**", "x");
                    if (READ_ONLY_WHATEVER_THE_METHOD.contains(path)) {
                        continue;
                    }
                    // A GET on a handler that also takes a state-changing method can change state too.
                    methods.stream().filter(method -> method != RequestMethod.HEAD && method != RequestMethod.OPTIONS
                            && method != RequestMethod.TRACE).forEach(method -> requests.add(method + " " + path));
                }
            }
        }
        return requests;
    }

    private MockHttpSession signedInSession() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(signIn(NORTHFIELD_ADMIN)));
        return session;
    }

    /** The token a page of the portal would carry: generated for the session by a first request. */
    private static CsrfToken csrfTokenOf(MockMvc mvc, MockHttpSession session) throws Exception {
        MockHttpServletRequest page = mvc.perform(MockMvcRequestBuilders.get("/error").session(session))
                .andReturn().getRequest();
        CsrfToken token = (CsrfToken) page.getAttribute(CsrfToken.class.getName());
        assertThat(token).as("a CSRF token for the session").isNotNull();
        return token;
    }

    private static MockHttpServletRequestBuilder post(String path, MockHttpSession session) {
        return MockMvcRequestBuilders.post(path).session(session);
    }
}
