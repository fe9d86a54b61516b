package app.waymark.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Runs the platform: manages tenants, sees no tenant data. Not a member of any tenant. */
@Entity
@Table(name = "platform_operator")
class PlatformOperator {

    @Id
    private UUID id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    @Column(name = "session_generation")
    private long sessionGeneration;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PlatformOperator() {
    }

    PlatformOperator(String email, String displayName, String passwordHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
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

    long sessionGeneration() {
        return sessionGeneration;
    }

    /** Every session signed in before this is ended at its next request. */
    void endAllSessions() {
        sessionGeneration++;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }
}
