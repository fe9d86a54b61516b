package app.waymark.bench;

import app.waymark.IntegrationTest;
import app.waymark.demo.SyntheticIlrFile;
import app.waymark.ilr.reader.IlrYear;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.ilr.ImportProgress;
import app.waymark.ilr.ImportReport;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (tag "benchmark", excluded from {@code ./mvnw verify}; run with {@code bench/ilr-import.sh}).
 * Imports a generated 100,000-learner ILR file for a fresh tenant, re-imports it unchanged, and copies the same rows
 * with PostgreSQL {@code COPY} for comparison: into bare temporary tables, into temporary tables with the same indexes
 * and checks, and into the real tables for a second provider. Prints its figures.
 */
@Tag("benchmark")
class IlrImportBenchmark extends IntegrationTest {

    private static final int LEARNERS = Integer.getInteger("bench.learners", 100_000);
    /** {@code -Dbench.year=2026-27}; 2024-25 by default, the year of the earlier figures. */
    private static final IlrYear YEAR = IlrYear.valueOf(
            "Y" + System.getProperty("bench.year", "2024-25").replace('-', '_'));
    private static final String UKPRN = "10099999";

    @Autowired
    IlrImportService imports;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Environment environment;

    @TempDir
    Path directory;

    @Test
    void import_a_hundred_thousand_learners() throws Exception {
        Path file = directory.resolve("ILR-" + UKPRN + "-" + YEAR.shortCode() + "-bench.xml");
        long generateStart = System.nanoTime();
        SyntheticIlrFile.write(file, UKPRN, YEAR, LEARNERS, 42);
        System.out.println("ilr_year=" + YEAR.label());
        System.out.printf("generated_file_mib=%.1f generate_seconds=%.1f%n", Files.size(file) / 1048576.0,
                (System.nanoTime() - generateStart) / 1e9);

        signIn(OPERATOR);
        TenantSummary tenant = tenants.findBySlug("bench").orElseGet(() -> tenants.create("Bench", "bench", UKPRN));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("bench", null, "ROLE_USERS_MANAGE"));
        accounts.ensureStaffPerRole(tenant.id(), "bench.example", List.of("Bench User"), demoPassword);
        signIn("mis@bench.example");

        long first = System.nanoTime();
        long[] checkedAt = {0};
        ImportReport report = imports.importFile(file, file.getFileName().toString(), progress -> {
            if (progress.phase() == ImportProgress.Phase.APPLYING && checkedAt[0] == 0) {
                checkedAt[0] = System.nanoTime();
            }
        });
        System.out.printf("check_and_stage_seconds=%.1f%n", (checkedAt[0] - first) / 1e9);
        double firstSeconds = (System.nanoTime() - first) / 1e9;
        assertThat(report.status()).as(report.problems().toString()).isEqualTo(IlrImportStatus.APPLIED);
        long rows = inTenant("""
                select (select count(*) from learner) + (select count(*) from learning_delivery)
                     + (select count(*) from employment_status) + (select count(*) from learner_fam)
                     + (select count(*) from learner_contact_preference)""");
        System.out.printf("first_import_seconds=%.1f learners=%d created=%d rows_written=%d rows_per_second=%.0f%n",
                firstSeconds, report.learnersInFile(), report.created(), rows, rows / firstSeconds);

        long second = System.nanoTime();
        ImportReport again = imports.importFile(file, file.getFileName().toString(), progress -> { });
        double secondSeconds = (System.nanoTime() - second) / 1e9;
        System.out.printf("reimport_seconds=%.1f unchanged=%d created=%d updated=%d ratio_to_first=%.2f%n",
                secondSeconds, again.unchanged(), again.created(), again.updated(), secondSeconds / firstSeconds);

        double copySeconds = copySameRows("");
        System.out.printf("copy_seconds=%.1f copy_rows_per_second=%.0f import_share_of_copy_rate=%.0f%%%n",
                copySeconds, rows / copySeconds, 100 * (rows / firstSeconds) / (rows / copySeconds));
        double indexedCopySeconds = copySameRows("including indexes including constraints");
        System.out.printf("indexed_copy_seconds=%.1f indexed_copy_rows_per_second=%.0f "
                        + "import_share_of_indexed_copy_rate=%.0f%%%n", indexedCopySeconds, rows / indexedCopySeconds,
                100 * (rows / firstSeconds) / (rows / indexedCopySeconds));
        for (boolean linesOnce : List.of(false, true)) {
            double tableCopySeconds = copyIntoTheTables(linesOnce);
            System.out.printf("table_copy%s_seconds=%.1f rows_per_second=%.0f import_share_of_its_rate=%.0f%%%n",
                    linesOnce ? "_lines_once" : "_lines_by_triggers", tableCopySeconds, rows / tableCopySeconds,
                    100 * (rows / firstSeconds) / (rows / tableCopySeconds));
        }
        System.out.printf("max_heap_mib=%d%n", Runtime.getRuntime().maxMemory() / 1048576);
    }

    /**
     * COPY of the imported rows into the real tables, as PostgreSQL's superuser (row security refuses COPY to
     * everyone else), for a second provider: the same indexes, foreign keys, checks and triggers the import pays for.
     * Every UUID in the rows is rewritten one-to-one (first hex digit rotated), so the copies get their own keys and
     * still point at each other; the copied provider's id is the rewritten id of the benchmark's provider.
     */
    private double copyIntoTheTables(boolean linesOnce) throws Exception {
        String url = environment.getRequiredProperty("spring.liquibase.url");
        String tenantId = tenantId();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temp table copied_tenant on commit drop as select * from tenant where id = '"
                        + tenantId + "'");
                statement.execute("update copied_tenant set id = '" + rotated(tenantId)
                        + "', slug = 'bench-copy', ukprn = '10099998'");
                statement.execute("insert into tenant select * from copied_tenant");
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, String> exported = new LinkedHashMap<>();
            for (String table : TABLES) {
                var out = new StringWriter();
                copy.copyOut("copy (select * from " + table + " where tenant_id = '" + tenantId + "') to stdout",
                        out);
                exported.put(table, UUIDS.matcher(out.toString()).replaceAll(match -> rotated(match.group())));
            }
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                if (linesOnce) {
                    statement.execute("select set_config('waymark.learner_dependants', 'deferred', true)");
                }
                for (var entry : exported.entrySet()) {
                    copy.copyIn("copy " + entry.getKey() + " from stdin", new StringReader(entry.getValue()));
                }
                if (linesOnce) {
                    statement.execute("select set_config('waymark.learner_dependants', '', true)");
                    statement.execute("select refresh_learner_dependants(array("
                            + "select id from learner where tenant_id = '" + rotated(tenantId) + "'))");
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.rollback();
            return seconds;
        }
    }

    private static final List<String> TABLES = List.of("learner", "learning_delivery", "employment_status",
            "learner_fam", "learner_contact_preference");
    private static final Pattern UUIDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static String rotated(String uuid) {
        return Integer.toHexString((Character.digit(uuid.charAt(0), 16) + 1) % 16) + uuid.substring(1);
    }

    /**
     * COPY of the imported rows (exported as text first, outside the timing) into temporary copies of the tables:
     * bare ({@code like} only), or with the same indexes and check constraints ({@code including ...}).
     */
    private double copySameRows(String including) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('app.tenant_id', '" + tenantId() + "', true)");
                for (String table : TABLES) {
                    statement.execute("create temp table copy_" + table + " (like " + table + " " + including
                            + ") on commit drop");
                }
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, String> exported = new LinkedHashMap<>();
            for (String table : TABLES) {
                var out = new StringWriter();
                copy.copyOut("copy " + table + " to stdout", out);
                exported.put(table, out.toString());
            }
            long start = System.nanoTime();
            for (var entry : exported.entrySet()) {
                copy.copyIn("copy copy_" + entry.getKey() + " from stdin", new StringReader(entry.getValue()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.rollback();
            return seconds;
        }
    }

    private String tenantId() {
        return jdbc.queryForObject("select id::text from tenant where slug = 'bench'", String.class);
    }

    private long inTenant(String sql) {
        return new TransactionTemplate(transactionManager).execute(status -> jdbc.queryForObject(sql, Long.class));
    }
}
