package app.waymark.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The SQL of {@code approved_sending_domain}, a platform table keyed by provider (no row security: decision 0024). */
@Component
class ApprovedSendingDomainQueries {

    private final JdbcTemplate jdbc;

    ApprovedSendingDomainQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> domainsOf(UUID providerId) {
        return new HashSet<>(jdbc.queryForList(
                "select domain from approved_sending_domain where provider_id = ?", String.class, providerId));
    }

    List<SendingDomains.ApprovedDomain> listOf(UUID providerId) {
        return jdbc.query("""
                select domain, approved_at, approved_by from approved_sending_domain
                where provider_id = ? order by domain""", (row, n) -> new SendingDomains.ApprovedDomain(
                row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)), providerId);
    }

    Map<UUID, List<String>> all() {
        Map<UUID, List<String>> byProvider = new LinkedHashMap<>();
        jdbc.query("select provider_id, domain from approved_sending_domain order by provider_id, domain", row -> {
            byProvider.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(row.getString(2));
        });
        return byProvider;
    }

    /** True when the domain was not approved for the provider before. */
    boolean insert(UUID providerId, String domain, Instant when, String by) {
        return jdbc.update("""
                insert into approved_sending_domain (provider_id, domain, approved_at, approved_by)
                values (?, ?, ?, ?) on conflict (provider_id, domain) do nothing""",
                providerId, domain, Timestamp.from(when), by) == 1;
    }

    /** True when the domain was approved for the provider. */
    boolean delete(UUID providerId, String domain) {
        return jdbc.update("delete from approved_sending_domain where provider_id = ? and domain = ?",
                providerId, domain) == 1;
    }
}
