package app.waymark.portal;

import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.awaitility.Awaitility.await;

/**
 * Benchmark, not a test (tag "benchmark"; run with {@code bench/portal-sign-in.sh}): how long the learner portal's
 * answers take for an address a learner holds and for one nobody holds, in a provider with 5,000 learners. Times, in
 * milliseconds (p50/p95, 200 of each after 30 warm-up runs, known and unknown alternating):
 * <ul>
 *     <li>{@code request}: the "Continue" click on the sign-in page, server side through Vaadin (what the learner
 *     waits for; the lookup and the sending run after it, on the task executor, and are waited for between runs,
 *     untimed, so they do not slow the next one);</li>
 *     <li>{@code background}: that lookup and sending, run directly (what was moved off the request);</li>
 *     <li>{@code wrong_code}: typing a wrong code, the service call behind the code page.</li>
 * </ul>
 */
@Tag("benchmark")
class PortalSignInBenchmark extends KaribuTest {

    private static final int LEARNERS = Integer.getInteger("bench.learners", 5_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final int WARM_UP = 30;

    @Autowired
    LearnerSignIn signIn;
    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    PortalTestProvider provider;

    @Test
    void known_and_unknown_addresses_are_answered_in_the_same_time() {
        provider = PortalTestProvider.create(tenants, jdbc, transactions);
        String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        addLearners(prefix);
        int total = WARM_UP + RUNS;

        List<Long> knownRequests = new ArrayList<>();
        List<Long> unknownRequests = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean measured = i >= WARM_UP;
            timeRequest(known(prefix, i), measured ? knownRequests : null);
            timeRequest(unknown(prefix, i), measured ? unknownRequests : null);
        }

        List<Long> knownSends = new ArrayList<>();
        List<Long> unknownSends = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean measured = i >= WARM_UP;
            timeSend(known(prefix, i), measured ? knownSends : null);
            timeSend(unknown(prefix, i), measured ? unknownSends : null);
        }

        List<Long> knownCodes = new ArrayList<>();
        List<Long> unknownCodes = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean measured = i >= WARM_UP;
            timeWrongCode(known(prefix, i), measured ? knownCodes : null);
            timeWrongCode(unknown(prefix, i), measured ? unknownCodes : null);
        }

        System.out.printf("portal-sign-in data learners=%d runs=%d warm_up=%d%n", LEARNERS, RUNS, WARM_UP);
        print("request", knownRequests, unknownRequests);
        print("background", knownSends, unknownSends);
        print("wrong_code", knownCodes, unknownCodes);
    }

    private void timeRequest(String address, List<Long> into) {
        UI.getCurrent().navigate("me/" + provider.slug);
        _setValue(_get(TextField.class, spec -> spec.withId("address")), address);
        Button next = _get(Button.class, spec -> spec.withId("continue"));
        long start = System.nanoTime();
        _click(next);
        record(into, start);
        await().pollInSameThread().pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(30))
                .until(() -> codesOf(address) > 0);
    }

    private void timeSend(String address, List<Long> into) {
        SignInRecipient recipient = SignInRecipient.parse(address).orElseThrow();
        long start = System.nanoTime();
        signIn.send(provider.id, provider.slug, recipient);
        record(into, start);
    }

    private void timeWrongCode(String address, List<Long> into) {
        SignInRecipient recipient = SignInRecipient.parse(address).orElseThrow();
        long start = System.nanoTime();
        LearnerSignIn.CodeCheck check = signIn.enterCode(provider.id, recipient, "123456");
        record(into, start);
        if (check instanceof LearnerSignIn.CodeCheck.SignedIn) {
            throw new AssertionError("A guessed code signed in");
        }
    }

    private int codesOf(String address) {
        return provider.count("select count(*) from learner_sign_in_code where recipient_hash = ?",
                SignInRecipient.parse(address).orElseThrow().hash());
    }

    private void addLearners(String prefix) {
        TenantContext.runAs(provider.id, () -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name, email,
                    programme_status, created_at, updated_at)
                select ?, gen_random_uuid(), 'B' || n, '9999999999', 'Learner', 'Number ' || n,
                       ? || '-' || n || '@mail.example', 'CONTINUING', now(), now()
                from generate_series(1, ?) as n""", provider.id, prefix, LEARNERS)));
    }

    private static String known(String prefix, int i) {
        return prefix + "-" + (i + 1) + "@mail.example";
    }

    private static String unknown(String prefix, int i) {
        return prefix + "-nobody-" + (i + 1) + "@mail.example";
    }

    private static void record(List<Long> into, long start) {
        long elapsed = System.nanoTime() - start;
        if (into != null) {
            into.add(elapsed);
        }
    }

    private static void print(String what, List<Long> known, List<Long> unknown) {
        Consumer<String> out = System.out::println;
        out.accept(String.format(Locale.ROOT, "portal-sign-in %s known p50_ms=%.2f p95_ms=%.2f unknown p50_ms=%.2f"
                        + " p95_ms=%.2f", what, percentile(known, 50), percentile(known, 95), percentile(unknown, 50),
                percentile(unknown, 95)));
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
