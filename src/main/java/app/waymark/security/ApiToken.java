package app.waymark.security;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A provider's token for machine clients; only its hash is stored. */
@Entity
@Table(name = "api_token")
class ApiToken extends TenantScopedEntity {

    @Id
    private UUID id;
    private String name;
    @Column(name = "token_prefix")
    private String tokenPrefix;
    @Column(name = "token_hash")
    private byte[] tokenHash;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenPrefix, byte[] tokenHash, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(String by, Instant when) {
        this.revokedAt = when;
        this.revokedBy = by;
    }

    ApiTokenSummary summary() {
        return new ApiTokenSummary(id, name, tokenPrefix, createdBy, createdAt, lastUsedAt, revokedAt);
    }
}
