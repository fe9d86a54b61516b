package app.waymark.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A provider organisation using Waymark: a platform-level record, not tenant data. */
@Entity
@Table(name = "tenant")
class Tenant {

    @Id
    private UUID id;

    private String name;

    private String slug;

    private String ukprn;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {
    }

    Tenant(String name, String slug, String ukprn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.slug = slug;
        this.ukprn = ukprn;
        this.status = TenantStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    TenantSummary summary() {
        return new TenantSummary(id, name, slug, ukprn, status, createdAt);
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    TenantStatus status() {
        return status;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void changeStatus(TenantStatus newStatus) {
        this.status = newStatus;
    }
}
