package app.waymark.notification;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/** One member of staff's choice of emails; staff without a row get {@link EmailPreference#DEFAULT}. */
@Entity
@Table(name = "staff_email_preference")
class StaffEmailPreference extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "staff_id")
    private UUID staffId;
    @Enumerated(EnumType.STRING)
    private EmailMode mode;
    @Column(name = "digest_time")
    private LocalTime digestTime;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StaffEmailPreference() {
    }

    StaffEmailPreference(UUID id, UUID staffId, EmailPreference preference, Instant when) {
        this.id = id;
        this.staffId = staffId;
        change(preference, when);
    }

    UUID staffId() {
        return staffId;
    }

    void change(EmailPreference preference, Instant when) {
        this.mode = preference.mode();
        this.digestTime = preference.digestTime();
        this.updatedAt = when;
    }

    EmailPreference preference() {
        return new EmailPreference(mode, digestTime);
    }
}
