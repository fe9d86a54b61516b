package app.waymark.security;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A named set of permissions within one tenant. */
@Entity
@Table(name = "role")
class Role extends TenantScopedEntity {

    @Id
    private UUID id;

    private String code;

    private String name;

    private boolean standard;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    @Version
    private long version;

    protected Role() {
    }

    Role(String code, String name, boolean standard, Set<String> permissions) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.standard = standard;
        this.permissions = new HashSet<>(permissions);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    Set<String> permissions() {
        return Set.copyOf(permissions);
    }

    RoleSummary summary() {
        return new RoleSummary(id, code, name, Set.copyOf(permissions));
    }
}
