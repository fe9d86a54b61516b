package app.waymark;

import app.waymark.base.jobs.TestJobNodes;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the application: the real PostgreSQL (embedded, migrated, demo data seeded), the portal
 * connecting as the restricted role. All such tests share one Spring context, served on a random port for the
 * browser tests: Vaadin installs its security-context strategy globally, so a second context would not see the
 * authentication tests set.
 * <p>
 * Messages really leave: email goes over SMTP to {@link #MAIL} (GreenMail), SMS over HTTP to {@link #VONAGE} (a
 * WireMock standing in for Vonage's SMS API).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IntegrationTest.TestClockConfiguration.class, TestJobNodes.class})
public abstract class IntegrationTest {

    public static final String NORTHFIELD_ADMIN = "admin@northfield.example";
    public static final String RIVERSIDE_ADMIN = "admin@riverside.example";
    public static final String OPERATOR = "operator@waymark.example";

    public static final TestMailServer MAIL = TestMailServer.startOnFreePort();
    public static final VonageStub VONAGE = VonageStub.start();
    public static final String VONAGE_API_KEY = "test-key";
    public static final String VONAGE_API_SECRET = "test-secret";
    public static final String VONAGE_SIGNATURE_SECRET = "test-signature-secret";

    @DynamicPropertySource
    static void messageServers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
        registry.add("waymark.notification.sms.base-url", VONAGE::baseUrl);
        registry.add("waymark.notification.sms.api-key", () -> VONAGE_API_KEY);
        registry.add("waymark.notification.sms.api-secret", () -> VONAGE_API_SECRET);
        registry.add("waymark.notification.sms.signature-secret", () -> VONAGE_SIGNATURE_SECRET);
        // Every learner of the Karibu and browser tests asks for codes from 127.0.0.1; CodeRequestThrottleTest holds
        // the per-client limit itself.
        registry.add("waymark.portal.code-requests.per-client", () -> 200);
    }

    @Autowired
    protected AuthenticationManager authenticationManager;

    @Autowired
    protected MutableClock clock;

    @Value("${waymark.demo.password}")
    protected String demoPassword;

    /** Signs in through the real sign-in path (throttle, audit) and makes that user current on this thread. */
    protected Authentication signIn(String email) {
        return signIn(email, demoPassword);
    }

    protected Authentication signIn(String email, String password) {
        Authentication authentication = authenticate(email, password, "198.51.100.10");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    protected Authentication authenticate(String email, String password, String clientAddress) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        request.setDetails(new WebAuthenticationDetails(clientAddress, null));
        return authenticationManager.authenticate(request);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfiguration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
