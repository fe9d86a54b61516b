package app.waymark.restart;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An activity on a participant's action plan. Each time it is marked Not complete is a new outcome. */
@Entity
@Table(name = "restart_activity")
class Activity extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "participant_id")
    private UUID participantId;
    private String title;
    private String description;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "owner_id")
    private UUID ownerId;
    private boolean mandatory;
    @Column(name = "man_issued_on")
    private LocalDate manIssuedOn;
    @Enumerated(EnumType.STRING)
    private ActivityStatus status;
    @Column(name = "not_complete_reason")
    private String notCompleteReason;
    @Column(name = "not_complete_at")
    private Instant notCompleteAt;
    @Column(name = "not_complete_count")
    private int notCompleteCount;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Activity() {
    }

    Activity(UUID id, UUID participantId, ActivityPlan plan, Instant createdAt) {
        this.id = id;
        this.participantId = participantId;
        this.status = ActivityStatus.PLANNED;
        this.createdAt = createdAt;
        plan(plan);
    }

    void plan(ActivityPlan plan) {
        this.title = plan.title();
        this.description = plan.description();
        this.dueOn = plan.dueOn();
        this.ownerId = plan.ownerId();
        this.mandatory = plan.mandatory();
    }

    /** Records the outcome; marking Not complete again (after another status) is a new outcome. */
    void outcome(ActivityStatus newStatus, String reason, Instant at) {
        if (newStatus == ActivityStatus.NOT_COMPLETE) {
            if (status != ActivityStatus.NOT_COMPLETE) {
                notCompleteCount++;
                notCompleteAt = at;
            }
            notCompleteReason = reason;
        } else {
            notCompleteReason = null;
            notCompleteAt = null;
        }
        status = newStatus;
    }

    void manIssued(LocalDate on) {
        this.manIssuedOn = on;
    }

    UUID id() {
        return id;
    }

    UUID participantId() {
        return participantId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    UUID ownerId() {
        return ownerId;
    }

    boolean mandatory() {
        return mandatory;
    }

    LocalDate manIssuedOn() {
        return manIssuedOn;
    }

    ActivityStatus status() {
        return status;
    }

    String notCompleteReason() {
        return notCompleteReason;
    }

    Instant notCompleteAt() {
        return notCompleteAt;
    }

    int notCompleteCount() {
        return notCompleteCount;
    }

    long version() {
        return version;
    }
}
