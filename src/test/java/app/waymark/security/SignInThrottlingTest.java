package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditFilter;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.security.SignInRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInThrottlingTest extends IntegrationTest {

    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    SignInProperties properties;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    StaffDirectory directory;
    @Autowired
    SignInAuditor auditor;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void after_repeated_failures_the_account_is_throttled_even_for_the_right_password_until_the_block_ends() {
        String email = "throttle-" + UUID.randomUUID() + "@northfield.example";
        String password = "a-long-enough-password-1";
        createNorthfieldUser(email, password);
        String address = "203.0.113.21";

        for (int attempt = 0; attempt < properties.maxFailures(); attempt++) {
            assertRefused(email, "wrong password " + attempt, address, Reason.CREDENTIALS);
        }
        assertRefused(email, password, address, Reason.THROTTLED);
        assertRefused(email, password, "203.0.113.22", Reason.THROTTLED);

        clock.advance(properties.block().plus(Duration.ofSeconds(1)));
        Authentication authentication = authenticate(email, password, address);
        assertThat(authentication.isAuthenticated()).isTrue();

        signIn(NORTHFIELD_ADMIN);
        List<AuditRecord> failures = audit.find(new AuditFilter(email, AuditActions.SIGN_IN_FAILED, null, null), 0, 50);
        assertThat(failures).hasSize(properties.maxFailures());
        assertThat(audit.find(new AuditFilter(email, AuditActions.SIGN_IN_THROTTLED, null, null), 0, 50)).hasSize(2);
    }

    @Test
    void a_client_address_with_many_failures_is_throttled_for_every_account() {
        String address = "203.0.113.99";
        for (int attempt = 0; attempt < properties.maxFailuresPerAddress(); attempt++) {
            assertRefused("nobody-" + attempt + "@example.org", "guess", address, Reason.CREDENTIALS);
        }
        assertRefused(NORTHFIELD_ADMIN, demoPassword, address, Reason.THROTTLED);
        assertThat(authenticate(NORTHFIELD_ADMIN, demoPassword, "203.0.113.100").isAuthenticated()).isTrue();
    }

    @Test
    void fifty_parallel_wrong_passwords_for_one_account_get_at_most_five_password_checks_and_then_the_right_one_waits()
            throws Exception {
        String email = "race-" + UUID.randomUUID() + "@northfield.example";
        String password = "a-long-enough-password-2";
        createNorthfieldUser(email, password);
        Callable<Reason> guess = () -> {
            try {
                authenticate(email, "guess " + UUID.randomUUID(), "203.0.113.41");
                return null;
            } catch (SignInRefusedException refused) {
                return refused.reason();
            }
        };

        List<Reason> outcomes = new ArrayList<>();
        try (var attackers = Executors.newFixedThreadPool(25)) {
            for (Future<Reason> outcome : attackers.invokeAll(Collections.nCopies(50, guess))) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).filteredOn(reason -> reason == Reason.CREDENTIALS).hasSize(properties.maxFailures());
        assertThat(outcomes).filteredOn(reason -> reason == Reason.THROTTLED).hasSize(50 - properties.maxFailures());
        assertRefused(email, password, "203.0.113.42", Reason.THROTTLED);
        signIn(NORTHFIELD_ADMIN);
        assertThat(audit.find(new AuditFilter(email, AuditActions.SIGN_IN_FAILED, null, null), 0, 100))
                .as("password checks").hasSize(properties.maxFailures());
        signOut();
        clock.advance(properties.window().plus(properties.block()));
        assertThat(authenticate(email, password, "203.0.113.42").isAuthenticated()).isTrue();
    }

    @Test
    void addresses_in_one_ipv6_slash_64_share_one_limit() {
        String prefix = "2001:db8:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff) + ":7:";
        for (int attempt = 0; attempt < properties.maxFailuresPerAddress(); attempt++) {
            assertRefused("nobody-v6-" + attempt + "@example.org", "guess", prefix + Integer.toHexString(attempt + 1)
                    + "::1", Reason.CREDENTIALS);
        }
        assertRefused(NORTHFIELD_ADMIN, demoPassword, prefix + "ffff::1", Reason.THROTTLED);
        assertThat(authenticate(NORTHFIELD_ADMIN, demoPassword, "2001:db8:ffff:1::1").isAuthenticated()).isTrue();
    }

    @Test
    void successful_sign_ins_from_one_busy_address_never_add_up_to_a_block() {
        String address = "203.0.113.150";
        for (int signIn = 0; signIn < properties.maxFailuresPerAddress() + 5; signIn++) {
            assertThat(authenticate(RIVERSIDE_ADMIN, demoPassword, address).isAuthenticated()).isTrue();
        }
    }

    @Test
    void a_burst_from_one_address_of_more_sign_ins_at_once_than_its_limit_leaves_it_open_once_they_have_succeeded() {
        String address = "203.0.113.170";
        int limit = properties.maxFailuresPerAddress();
        List<String> admitted = new ArrayList<>();
        for (int person = 0; person < limit * 3; person++) {
            String email = "burst-" + person + "@northfield.example";
            if (throttle.tryAttempt(email, address)) {
                admitted.add(email);
            }
        }
        assertThat(admitted).as("password checks while none had finished").hasSize(limit);

        admitted.forEach(email -> throttle.recordSuccess(email, address));

        assertThat(throttle.tryAttempt("burst-late@northfield.example", address)).as("the next person").isTrue();
    }

    @Test
    void sign_ins_refused_as_busy_while_the_node_checks_other_passwords_count_nothing_against_account_or_address()
            throws Exception {
        String address = "203.0.113.190";
        SignInGate gate = new SignInGate(1, Duration.ZERO);
        var provider = new StaffAuthenticationProvider(directory, throttle, gate, auditor, passwordEncoder, clock);
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        try (var otherSignIn = Executors.newSingleThreadExecutor()) {
            Future<?> held = otherSignIn.submit(() -> gate.pass(() -> {
                checking.countDown();
                try {
                    return finish.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    throw new IllegalStateException(interrupted);
                }
            }));
            assertThat(checking.await(30, TimeUnit.SECONDS)).isTrue();

            for (int attempt = 0; attempt <= properties.maxFailuresPerAddress(); attempt++) {
                assertThatThrownBy(() -> provider.authenticate(request(NORTHFIELD_ADMIN, "wrong password", address)))
                        .isInstanceOfSatisfying(SignInRefusedException.class,
                                refused -> assertThat(refused.reason()).isEqualTo(Reason.BUSY));
            }
            finish.countDown();
            held.get(30, TimeUnit.SECONDS);
        }

        assertThat(provider.authenticate(request(NORTHFIELD_ADMIN, demoPassword, address)).isAuthenticated())
                .as("neither the account's five nor the address's thirty failures were used up").isTrue();
    }

    private static Authentication request(String email, String password, String address) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return request;
    }

    @Test
    void unknown_email_and_wrong_password_get_the_same_refusal() {
        assertRefused("no-such-person@northfield.example", "whatever-password", "203.0.113.31", Reason.CREDENTIALS);
        assertRefused(RIVERSIDE_ADMIN, "not-the-password", "203.0.113.32", Reason.CREDENTIALS);
    }

    private void createNorthfieldUser(String email, String password) {
        signIn(NORTHFIELD_ADMIN);
        UUID tutorRole = users.roles().stream().filter(r -> r.code().equals("TUTOR")).findFirst().orElseThrow().id();
        users.createWithPassword(email, "Throttle Test", Set.of(tutorRole), password);
        signOut();
    }

    private void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private void assertRefused(String email, String password, String address, Reason reason) {
        assertThatThrownBy(() -> authenticate(email, password, address))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
