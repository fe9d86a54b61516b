package app.waymark.tracker;

import app.waymark.IntegrationTest;
import app.waymark.base.security.Permission;
import app.waymark.learner.RecordChange;
import app.waymark.security.RoleSummary;
import app.waymark.security.UserService;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Benchmark, not a test (tag "benchmark"; run with {@code bench/trackers.sh}): one provider with 200,000 trackers on
 * 50,000 learners (every type and status, a tenth unassigned, a spread of raised dates over two years, some
 * overdue) and 50 other providers with 2,000 trackers each. Times the {@code /trackers} first page (50 rows) plus its
 * count as the list shows it (up to {@link TrackerCount#LIST_LIMIT}) for each filter, 50 runs after 5 warm-up runs;
 * then raises 1,000 address changes and processes them one after another through the tracker service. Prints
 * p50/p95 in milliseconds.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"waymark.jobs.enabled=false"})
class TrackerBenchmark extends IntegrationTest {

    private static final int TRACKERS = Integer.getInteger("bench.trackers", 200_000);
    private static final int OTHER_TENANTS = Integer.getInteger("bench.tenants", 50);
    private static final int OTHER_TRACKERS = Integer.getInteger("bench.other-trackers", 2_000);
    private static final int PROCESSED = Integer.getInteger("bench.processed", 1_000);
    private static final int RUNS = 50;

    @Autowired
    TrackerService trackers;
    @Autowired
    TenantService tenants;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Environment environment;

    @Test
    void list_first_page_and_count_then_processing_address_changes() {
        long start = System.nanoTime();
        Provider provider = newProvider(TRACKERS);
        for (int t = 0; t < OTHER_TENANTS; t++) {
            newProvider(OTHER_TRACKERS);
        }
        owner().execute("vacuum analyze");
        System.out.printf("trackers data trackers=%d other_tenants=%d (x%d trackers) setup_seconds=%.0f%n", TRACKERS,
                OTHER_TENANTS, OTHER_TRACKERS, (System.nanoTime() - start) / 1e9);
        signIn(provider.email(), provider.password());

        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        UUID someone = provider.staff().getFirst();
        UUID learner = TenantContext.callAs(provider.id(), () -> transactions.execute(status -> jdbc.queryForObject(
                "select learner_id from tracker order by number limit 1", UUID.class)));
        Map<String, TrackerFilter> filters = new LinkedHashMap<>();
        filters.put("all", TrackerFilter.none());
        filters.put("status=NEW", filter(null, TrackerStatus.NEW, TrackerFilter.Assignee.ANYONE, null, null, null,
                false));
        filters.put("status=PROCESSED", filter(null, TrackerStatus.PROCESSED, TrackerFilter.Assignee.ANYONE, null,
                null, null, false));
        filters.put("type=CHANGE_OF_NAME", filter(TrackerType.CHANGE_OF_NAME, null, TrackerFilter.Assignee.ANYONE,
                null, null, null, false));
        filters.put("assigned to me", filter(null, null, TrackerFilter.Assignee.ME, null, null, null, false));
        filters.put("unassigned", filter(null, null, TrackerFilter.Assignee.UNASSIGNED, null, null, null, false));
        filters.put("assignee=person", filter(null, null, TrackerFilter.Assignee.PERSON, someone, null, null, false));
        filters.put("learner", new TrackerFilter(null, null, TrackerFilter.Assignee.ANYONE, null, learner, null, null,
                false));
        filters.put("raised last 30 days", filter(null, null, TrackerFilter.Assignee.ANYONE, null,
                today.minusDays(30), today, false));
        filters.put("overdue", filter(null, null, TrackerFilter.Assignee.ANYONE, null, null, null, true));
        filters.put("NEW+me+overdue", filter(null, TrackerStatus.NEW, TrackerFilter.Assignee.ME, null, null, null,
                true));
        for (Map.Entry<String, TrackerFilter> entry : filters.entrySet()) {
            double[] both = new double[RUNS];
            long rows = trackers.count(entry.getValue());
            TrackerCount shown = null;
            for (int run = -5; run < RUNS; run++) {
                long t0 = System.nanoTime();
                trackers.find(entry.getValue(), 0, 50);
                shown = trackers.countUpTo(entry.getValue(), TrackerCount.LIST_LIMIT);
                if (run >= 0) {
                    both[run] = (System.nanoTime() - t0) / 1e6;
                }
            }
            System.out.printf("trackers filter=%-20s rows=%7d shown=%-12s first page+count p50=%6.1f p95=%6.1f ms%n",
                    entry.getKey(), rows, (shown.exact() ? "" : ">") + shown.value(), p(both, 50), p(both, 95));
        }

        exportPaging(TrackerFilter.none());

        List<UUID> learners = TenantContext.callAs(provider.id(), () -> transactions.execute(status ->
                jdbc.queryForList("select id from learner order by learn_ref_number limit ?", UUID.class,
                        PROCESSED)));
        List<UUID> raised = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            raised.add(trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_ADDRESS, learners.get(i),
                    new RecordChange.AddressChange(i + " Benchmark Road", null, null, null, "LS1 1AA"), null, null,
                    "benchmark", null, null)));
        }
        double[] processing = new double[raised.size()];
        for (int i = 0; i < raised.size(); i++) {
            long version = trackers.details(raised.get(i)).orElseThrow().version();
            long t0 = System.nanoTime();
            trackers.process(raised.get(i), version, Map.of());
            processing[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("trackers processed %d address changes one after another: p50=%5.1f p95=%5.1f max=%5.1f"
                + " ms%n", raised.size(), p(processing, 50), p(processing, 95), p(processing, 100));
    }

    /**
     * Reading the whole filtered set a page of 1,000 at a time, as the export does: by offset (as it did) and by
     * keyset (as it does), each page timed; the slowest page is the deepest offset's.
     */
    private void exportPaging(TrackerFilter filter) {
        int size = 1000;
        List<Double> offsetPages = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int page = 0; ; page++) {
            long p0 = System.nanoTime();
            int found = trackers.find(filter, page, size).size();
            offsetPages.add((System.nanoTime() - p0) / 1e6);
            if (found < size) {
                break;
            }
        }
        double offsetTotal = (System.nanoTime() - t0) / 1e9;
        List<Double> keysetPages = new ArrayList<>();
        t0 = System.nanoTime();
        TrackerSummary last = null;
        while (true) {
            long p0 = System.nanoTime();
            List<TrackerSummary> found = trackers.findAfter(filter, last, size);
            keysetPages.add((System.nanoTime() - p0) / 1e6);
            if (found.size() < size) {
                break;
            }
            last = found.getLast();
        }
        double keysetTotal = (System.nanoTime() - t0) / 1e9;
        System.out.printf("trackers export reading %d pages of %d: offset total=%.1f s last page=%.1f ms;"
                        + " keyset total=%.1f s last page=%.1f ms%n", keysetPages.size(), size, offsetTotal,
                offsetPages.getLast(), keysetTotal, keysetPages.getLast());
    }

    private static TrackerFilter filter(TrackerType type, TrackerStatus status, TrackerFilter.Assignee assignee,
                                        UUID person, LocalDate from, LocalDate to, boolean overdue) {
        return new TrackerFilter(type, status, assignee, person, null, from, to, overdue);
    }

    record Provider(UUID id, String email, String password, List<UUID> staff) {
    }

    /** A provider with its standard roles, 5 staff who hold every tracker permission, learners and trackers. */
    private Provider newProvider(int trackerCount) {
        act(Permission.PLATFORM_OPERATOR);
        int number = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        UUID id = tenants.create("Tracker bench " + number, "tracker-bench-" + number, Integer.toString(number)).id();
        act(Permission.TENANT_PERMISSIONS.toArray(String[]::new));
        String password = "Bench-password-" + number;
        List<UUID> staff = TenantContext.callAs(id, () -> {
            Set<UUID> roles = users.roles().stream().filter(role -> role.permissions().contains(
                    Permission.TRACKER_PROCESS) || role.permissions().contains(Permission.TRACKER_CREATE)
                    || role.permissions().contains(Permission.TRACKER_EDIT)).map(RoleSummary::id)
                    .collect(Collectors.toSet());
            List<UUID> ids = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                ids.add(users.createWithPassword("staff" + s + "@bench" + number + ".example", "Bench Staff " + s,
                        roles, password).id());
            }
            return ids;
        });
        int learners = Math.max(1, trackerCount / 4);
        TenantContext.runAs(id, () -> transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name, add_line1,
                        postcode, email, programme_status, created_at, updated_at)
                    select ?, gen_random_uuid(), 'T' || lpad(n::text, 9, '0'), '9999999999', 'Learner' || n, 'Bench',
                        n || ' Old Street', 'M1 1AA', 'learner' || n || '@example.org', 'CONTINUING', now(), now()
                    from generate_series(1, ?) as n""", id, learners);
            jdbc.update("""
                    insert into tracker_number (tenant_id, last_number) values (?, ?)""", id, trackerCount);
            jdbc.update("""
                    insert into tracker (tenant_id, id, number, tracker_type, learner_id, raised_by_kind,
                        raised_by_id, raised_by_name, source, assignee_id, status, requested_change, raised_against,
                        raised_at, due_on, updated_at, version)
                    select ?, gen_random_uuid(), n, (array['CHANGE_OF_NAME', 'CHANGE_OF_ADDRESS',
                            'CHANGE_OF_CONTACT_DETAILS'])[1 + n % 3],
                        l.id, 'STAFF_FOR_LEARNER', (?::uuid[])[1 + n % 5], 'Bench Staff', 'benchmark',
                        case when n % 10 = 0 then null else (?::uuid[])[1 + (n / 10) % 5] end,
                        (array['NEW', 'PRE_AUTHORISED', 'PROCESSED', 'PROCESSED', 'PROCESSED', 'REJECTED',
                            'CANCELLED'])[1 + n % 7],
                        '{"kind":"ADDRESS","addLine1":"1 New Road","postcode":"LS1 1AA"}', '{}',
                        now() - (n % 730) * interval '1 day', (current_date - (n % 730) + 5), now(), 0
                    from generate_series(1, ?) as n
                    join (select id, row_number() over (order by learn_ref_number) as r from learner
                          where tenant_id = ?) l on l.r = 1 + n % ?""",
                    id, uuidArray(staff), uuidArray(staff), trackerCount, id, learners);
        }));
        return new Provider(id, "staff0@bench" + number + ".example", password, staff);
    }

    private static String uuidArray(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static void act(String... permissions) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "tracker-bench", null, Arrays.stream(permissions)
                        .map(p -> new SimpleGrantedAuthority(Permission.authority(p))).toList()));
    }

    private JdbcTemplate owner() {
        return new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password")));
    }

    private static double p(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
