package app.waymark.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL of {@code approved_sending_domain}, read and written in the provider's tenant context (row security:
 * only the current provider's rows).
 */
@Component
class ApprovedSendingDomainQueries {

    private final JdbcTemplate jdbc;

    ApprovedSendingDomainQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> domains() {
        return new HashSet<>(jdbc.queryForList("select domain from approved_sending_domain", String.class));
    }

    List<SendingDomains.ApprovedDomain> list() {
        return jdbc.query("select domain, approved_at, approved_by from approved_sending_domain order by domain",
                (row, n) -> new SendingDomains.ApprovedDomain(row.getString(1), row.getTimestamp(2).toInstant(),
                        row.getString(3)));
    }

    /** True when the domain was not approved for the current provider before. */
    boolean insert(String domain, Instant when, String by) {
        return jdbc.update("""
                insert into approved_sending_domain (tenant_id, domain, approved_at, approved_by)
                values (current_setting('app.tenant_id')::uuid, ?, ?, ?) on conflict (tenant_id, domain) do nothing""",
                domain, Timestamp.from(when), by) == 1;
    }

    /** True when the domain was approved for the current provider. */
    boolean delete(String domain) {
        return jdbc.update("delete from approved_sending_domain where domain = ?", domain) == 1;
    }
}
