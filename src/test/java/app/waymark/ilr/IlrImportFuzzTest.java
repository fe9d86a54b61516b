package app.waymark.ilr;

import app.waymark.IntegrationTest;
import app.waymark.base.security.Permission;
import app.waymark.security.ApiTokenService;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantFingerprint;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken versions of the funder's sample ILR file, sent through the import API of a provider of its own: truncated,
 * bytes flipped, elements duplicated, swapped or removed, huge and hostile values, wrong namespaces, entity
 * declarations (external and expanding) and a misdeclared encoding. Each must be applied or refused (200, 413 or
 * 422), never a server error; a refused file must leave every table of the provider as it was (row by row), and no
 * answer may carry a local file's contents. {@code -Dfuzz.files} sets how many (CI: 200; {@code bench/ilr-fuzz.sh}:
 * 10,000) and {@code -Dfuzz.seed} the seed, so a failure can be made again.
 */
class IlrImportFuzzTest extends IntegrationTest {

    /** Tables an import writes whatever its outcome: the import history, and the token's last use. */
    private static final Set<String> BOOKKEEPING = Set.of("ilr_import", "api_token", "audit_event");

    @LocalServerPort
    int port;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void broken_ilr_files_are_refused_cleanly_and_change_nothing() throws Exception {
        int files = Integer.getInteger("fuzz.files", 200);
        long seed = Long.getLong("fuzz.seed", 20261204L);
        String ukprn = Integer.toString(ThreadLocalRandom.current().nextInt(30_000_000, 39_999_999));
        UUID provider = newProvider(ukprn);
        String token = apiToken(ukprn);
        String sample = Files.readString(IlrSamples.FUNDER_2526).replace("<UKPRN>99999999</UKPRN>",
                "<UKPRN>" + ukprn + "</UKPRN>");
        HttpResponse<String> first = post(token, ukprn, sample.getBytes(StandardCharsets.UTF_8));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        TenantFingerprint fingerprint = new TenantFingerprint(jdbc, transactions, BOOKKEEPING);

        IlrFileMutations mutations = new IlrFileMutations(sample, seed);
        Map<IlrFileMutations.Kind, Map<Integer, Integer>> answers = new EnumMap<>(IlrFileMutations.Kind.class);
        List<String> failures = new ArrayList<>();
        int appliedWithChanges = 0;
        long started = System.nanoTime();
        for (int number = 1; number <= files; number++) {
            IlrFileMutations.Mutation mutation = mutations.next(number);
            Map<String, String> before = fingerprint.of(provider);
            HttpResponse<String> answer = post(token, ukprn, mutation.file());
            answers.computeIfAbsent(mutation.kind(), kind -> new TreeMap<>())
                    .merge(answer.statusCode(), 1, Integer::sum);
            if (!Set.of(200, 413, 422).contains(answer.statusCode())) {
                failures.add(mutation + " answered " + answer.statusCode() + ": " + shorten(answer.body()));
            } else {
                Map<String, String> after = fingerprint.of(provider);
                if (answer.statusCode() != 200 && !after.equals(before)) {
                    failures.add(mutation + " was refused but changed " + TenantFingerprint.changed(before, after));
                } else if (answer.statusCode() == 200 && !after.equals(before)) {
                    appliedWithChanges++;
                }
            }
            if (answer.body().contains("root:")) {
                failures.add(mutation + " answered with a local file's contents");
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        answers.forEach((kind, statuses) -> System.out.println("ilr-fuzz " + kind + " " + statuses));
        System.out.printf("ilr-fuzz files=%d seed=%d failures=%d applied-and-changed=%d time=%d ms (%.1f ms a file)%n",
                files, seed, failures.size(), appliedWithChanges, millis, (double) millis / files);
        assertThat(failures).as("seed " + seed).isEmpty();
    }

    private UUID newProvider(String ukprn) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "fuzz test set-up", null, List.of(
                        new SimpleGrantedAuthority(Permission.authority(Permission.PLATFORM_OPERATOR)),
                        new SimpleGrantedAuthority(Permission.authority(Permission.USERS_MANAGE)))));
        try {
            UUID id = tenants.create("Fuzzed College " + ukprn, "fuzzed-" + ukprn, ukprn).id();
            accounts.ensureStaffPerRole(id, "fuzzed-" + ukprn + ".example", List.of("Fay Fuzz"), demoPassword);
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String apiToken(String ukprn) {
        signIn("admin@fuzzed-" + ukprn + ".example");
        try {
            return tokens.create("Fuzz test").token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private HttpResponse<String> post(String token, String ukprn, byte[] file)
            throws IOException, InterruptedException {
        String boundary = "waymark-fuzz-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ILR-" + ukprn
                + "-2526-20250108-094401.xml\"\r\nContent-Type: application/xml\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ilr-imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
