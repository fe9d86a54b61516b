package app.waymark.tracker;

import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Permission;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A provider of its own for the notification tests, so exactly who holds which permission is known: one member of
 * staff per standard role at {@code <role>@<slug>.example} (Pre-authorise and Process: tracker-preauthorise,
 * tracker-process and compliance), and learners whose primary tutor is the tutor.
 */
final class NotifiedProvider {

    final UUID id;
    final String slug;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    private NotifiedProvider(UUID id, String slug, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.id = id;
        this.slug = slug;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    static NotifiedProvider create(TenantService tenants, DemoAccounts accounts, JdbcTemplate jdbc,
                                   TransactionTemplate transactions, String password) {
        int number = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String slug = "notified-" + number;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "notification test set-up", null, List.of(
                        new SimpleGrantedAuthority(Permission.authority(Permission.PLATFORM_OPERATOR)),
                        new SimpleGrantedAuthority(Permission.authority(Permission.USERS_MANAGE)))));
        try {
            UUID id = tenants.create("Notified College " + number, slug, Integer.toString(number)).id();
            accounts.ensureStaffPerRole(id, slug + ".example", List.of("Ada Admin", "Mo Mis", "Tess Tutor",
                    "Cal Creator", "Ed Editor", "Pat Preauthoriser", "Pru Processor", "Quinn Qa", "Wes Coach",
                    "Cora Compliance", "Sol Supervisor"), password);
            return new NotifiedProvider(id, slug, jdbc, transactions);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String email(String mailbox) {
        return mailbox + "@" + slug + ".example";
    }

    UUID staffId(String mailbox) {
        return one("select id from staff_user where email = ?", UUID.class, email(mailbox));
    }

    /** The mailbox (e.g. "tutor") of each of these members of staff. */
    List<String> mailboxes(List<UUID> staffIds) {
        return staffIds.stream().map(staffId -> mailbox(one("select email from staff_user where id = ?",
                String.class, staffId))).toList();
    }

    static String mailbox(String email) {
        return email.substring(0, email.indexOf('@'));
    }

    /** A learner on programme whose primary tutor is the provider's tutor. */
    UUID learner(String givenNames) {
        UUID tutor = staffId("tutor");
        return TenantContext.callAs(id, () -> transactions.execute(status -> {
            UUID learner = TimeOrderedIds.next();
            jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name, email,
                        programme_status, primary_tutor_id, created_at, updated_at)
                    values (?, ?, ?, '9999999999', ?, 'Notified', ?, 'CONTINUING', ?, ?, ?)""",
                    id, learner, learner.toString().substring(24), givenNames,
                    givenNames.toLowerCase() + "@learner.example", tutor, Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now()));
            return learner;
        }));
    }

    <T> List<T> query(String sql, Class<T> type, Object... parameters) {
        return TenantContext.callAs(id, () -> transactions.execute(status ->
                jdbc.queryForList(sql, type, parameters)));
    }

    private <T> T one(String sql, Class<T> type, Object... parameters) {
        return query(sql, type, parameters).getFirst();
    }
}
