package app.waymark.destination;

import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Permission;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh provider for one test, with learners written straight into the learner tables (the import has its own
 * tests) and an all-permissions caller, so a test controls exactly who has left and how they may be contacted.
 */
final class DispatchTestTenant {

    final UUID id;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    private DispatchTestTenant(UUID id, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.id = id;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    static DispatchTestTenant create(TenantService tenants, JdbcTemplate jdbc, TransactionTemplate transactions) {
        actAsWithPermissions(Permission.PLATFORM_OPERATOR);
        int number = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        UUID id = tenants.create("Dispatch test " + number, "dispatch-" + number, Integer.toString(number)).id();
        actAsWithPermissions(Permission.TENANT_PERMISSIONS.toArray(String[]::new));
        return new DispatchTestTenant(id, jdbc, transactions);
    }

    static void actAsWithPermissions(String... permissions) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "dispatch-test", null, List.of(permissions).stream()
                        .map(p -> new SimpleGrantedAuthority(Permission.authority(p))).toList()));
    }

    <T> T call(Callable<T> work) {
        return TenantContext.callAs(id, work);
    }

    void run(Runnable work) {
        TenantContext.runAs(id, work);
    }

    /** A learner who left on {@code leavingDate} (null: still on programme). */
    UUID learner(String givenNames, String email, String mobile, LocalDate leavingDate, String rui, String pmc) {
        return call(() -> transactions.execute(status -> {
            UUID learner = TimeOrderedIds.next();
            jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name, email,
                        mobile_e164, leaving_date, programme_status, created_at, updated_at)
                    values (?, ?, ?, '9999999999', ?, 'Tester', ?, ?, ?, ?, ?, ?)""",
                    id, learner, learner.toString().substring(24), givenNames, email, mobile,
                    leavingDate == null ? null : Date.valueOf(leavingDate),
                    leavingDate == null ? "CONTINUING" : "COMPLETED", Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now()));
            preferences(learner, "RUI", rui);
            preferences(learner, "PMC", pmc);
            return learner;
        }));
    }

    void unsubscribe(UUID learner) {
        run(() -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into learner_suppression (tenant_id, learner_id, channel, purpose, suppressed_at, reason)
                values (?, ?, 'ALL', 'DESTINATION_SURVEY', now(), 'unsubscribed from the survey link')""",
                id, learner)));
    }

    private void preferences(UUID learner, String type, String codes) {
        if (codes == null || codes.isBlank()) {
            return;
        }
        for (String code : codes.split(" ")) {
            jdbc.update("""
                    insert into learner_contact_preference (tenant_id, learner_id, pref_type, pref_code, ilr_year)
                    values (?, ?, ?, ?, '2023-24')""", id, learner, type, Integer.parseInt(code));
        }
    }

    <T> List<T> query(String sql, Class<T> type, Object... parameters) {
        return call(() -> transactions.execute(status -> jdbc.queryForList(sql, type, parameters)));
    }

    int count(String sql, Object... parameters) {
        return call(() -> transactions.execute(status -> jdbc.queryForObject(sql, Integer.class, parameters)));
    }
}
