package app.waymark.security;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** A provider's staff member: signs in with email and password, belongs to one tenant. */
@Entity
@Table(name = "staff_user")
class StaffUser extends TenantScopedEntity {

    @Id
    private UUID id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected StaffUser() {
    }

    StaffUser(String email, String displayName, String passwordHash, boolean mustChangePassword, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePassword(String newHash, boolean mustChangeNext, Instant when) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeNext;
        this.passwordChangedAt = when;
    }

    Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> permissions() {
        return roles.stream().flatMap(role -> role.permissions().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    UserSummary summary() {
        return new UserSummary(id, email, displayName, enabled, mustChangePassword, createdAt,
                roles.stream().sorted(Comparator.comparing(Role::name)).map(Role::summary).toList());
    }
}
