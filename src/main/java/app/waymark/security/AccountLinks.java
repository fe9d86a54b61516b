package app.waymark.security;

import app.waymark.base.SecretTokens;
import app.waymark.base.TimeOrderedIds;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rows behind emailed staff links (call inside a transaction of the link's tenant, except {@link #owner}). A
 * token is 256 random bits; only its SHA-256 is stored. Issuing a link withdraws the person's earlier open link of
 * the same kind, so only the newest email works.
 */
@Component
class AccountLinks {

    /** A link as stored. */
    record Link(UUID id, UUID userId, AccountLinkKind kind, Instant createdAt, Instant expiresAt, Instant usedAt,
                Instant revokedAt) {

        boolean open(Instant now) {
            return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A new link: the token goes into the email and is not kept. */
    record Issued(Link link, String token) {
    }

    /** Where a token's link lives. */
    record Owner(UUID tenantId, UUID linkId) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Issued issue(UUID userId, AccountLinkKind kind, Duration validity, String createdBy) {
        Instant now = clock.instant();
        withdrawOpen(userId, kind);
        String token = SecretTokens.random();
        Link link = new Link(TimeOrderedIds.next(), userId, kind, now, now.plus(validity), null, null);
        jdbc.update("""
                insert into staff_account_link (tenant_id, id, user_id, kind, token_hash, created_at, expires_at,
                                                created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", CurrentTenant.idOrNone(), link.id(), userId, kind.name(),
                SecretTokens.sha256(token), Timestamp.from(now), Timestamp.from(link.expiresAt()), createdBy);
        return new Issued(link, token);
    }

    /** Withdraws the person's open links of that kind; how many there were. */
    int withdrawOpen(UUID userId, AccountLinkKind kind) {
        return jdbc.update("""
                update staff_account_link set revoked_at = ?
                where user_id = ? and kind = ? and used_at is null and revoked_at is null""",
                Timestamp.from(clock.instant()), userId, kind.name());
    }

    /** The tenant and link of a token, looked up before any tenant is known; empty for a token never issued. */
    Optional<Owner> owner(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.query("select tenant_id, link_id from staff_account_link_lookup(?)",
                (rs, row) -> new Owner(rs.getObject("tenant_id", UUID.class), rs.getObject("link_id", UUID.class)),
                (Object) SecretTokens.sha256(token)).stream().findFirst();
    }

    Optional<Link> find(UUID linkId) {
        return jdbc.query("select * from staff_account_link where id = ?", LINK, linkId).stream().findFirst();
    }

    /**
     * Uses the link if it is still open, atomically: of two people submitting one link at once, one gets the person
     * it is for and the other nothing.
     */
    Optional<UUID> use(UUID linkId) {
        Instant now = clock.instant();
        return jdbc.queryForList("""
                update staff_account_link set used_at = ?
                where id = ? and used_at is null and revoked_at is null and expires_at > ?
                returning user_id""", UUID.class, Timestamp.from(now), linkId, Timestamp.from(now))
                .stream().findFirst();
    }

    /** Each person's newest link of the kind. */
    Map<UUID, Link> newest(Collection<UUID> userIds, AccountLinkKind kind) {
        Map<UUID, Link> newest = new HashMap<>();
        if (userIds.isEmpty()) {
            return newest;
        }
        List<Link> links = jdbc.query("""
                select distinct on (user_id) * from staff_account_link
                where user_id = any (?::uuid[]) and kind = ?
                order by user_id, created_at desc, id desc""", LINK,
                userIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")), kind.name());
        links.forEach(link -> newest.put(link.userId(), link));
        return newest;
    }

    private static final RowMapper<Link> LINK = (rs, row) -> new Link(rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class), AccountLinkKind.valueOf(rs.getString("kind")),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
            instant(rs.getTimestamp("used_at")), instant(rs.getTimestamp("revoked_at")));

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
