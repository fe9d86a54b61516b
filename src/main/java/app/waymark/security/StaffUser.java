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

    @Column(name = "session_generation")
    private long sessionGeneration;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected StaffUser() {
    }

    /** {@code passwordHash} null: invited, signs in once they have set a password from their invitation. */
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

    /** True once the person has a password (an invited person has none until they accept). */
    boolean hasPassword() {
        return passwordHash != null;
    }

    long sessionGeneration() {
        return sessionGeneration;
    }

    /** Every session signed in before this is ended at its next request. */
    void endAllSessions() {
        sessionGeneration++;
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

    /** {@code newestInvitation}: the person's newest invitation link, or null when they have none. */
    UserSummary summary(AccountLinks.Link newestInvitation, Instant now) {
        AccountState state = AccountState.of(this, newestInvitation, now);
        return new UserSummary(id, email, displayName, enabled, mustChangePassword, createdAt,
                roles.stream().sorted(Comparator.comparing(Role::name)).map(Role::summary).toList(), state,
                state == AccountState.INVITED ? newestInvitation.expiresAt() : null);
    }

    boolean holds(String permission) {
        return permissions().contains(permission);
    }
}
