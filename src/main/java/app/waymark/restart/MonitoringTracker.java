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
import java.util.UUID;

/**
 * A monitoring tracker: raised by {@link MonitoringRule} for one Not complete outcome of a mandatory activity of a
 * mandated participant; worked by the assignee towards DWP's compliance-doubt paperwork.
 */
@Entity
@Table(name = "restart_monitoring_tracker")
class MonitoringTracker extends TenantScopedEntity {

    @Id
    private UUID id;
    private long number;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "activity_id")
    private UUID activityId;
    @Column(name = "activity_outcome")
    private int activityOutcome;
    @Column(name = "not_complete_at")
    private Instant notCompleteAt;
    @Enumerated(EnumType.STRING)
    private MonitoringStatus status;
    @Column(name = "assignee_id")
    private UUID assigneeId;
    @Column(name = "dma_raised")
    private boolean dmaRaised;
    @Column(name = "dma_not_raised_reason")
    private String dmaNotRaisedReason;
    private String notes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected MonitoringTracker() {
    }

    void update(MonitoringUpdate update, Instant at) {
        this.status = update.status();
        this.assigneeId = update.assigneeId();
        this.dmaRaised = update.dmaRaised();
        this.dmaNotRaisedReason = update.dmaRaised() ? null : update.dmaNotRaisedReason();
        this.notes = update.notes();
        this.updatedAt = at;
    }

    MonitoringUpdate current() {
        return new MonitoringUpdate(status, assigneeId, dmaRaised, dmaNotRaisedReason, notes);
    }

    UUID id() {
        return id;
    }

    long number() {
        return number;
    }

    String reference() {
        return "M-" + number;
    }

    UUID participantId() {
        return participantId;
    }

    UUID activityId() {
        return activityId;
    }

    int activityOutcome() {
        return activityOutcome;
    }

    Instant notCompleteAt() {
        return notCompleteAt;
    }

    MonitoringStatus status() {
        return status;
    }

    UUID assigneeId() {
        return assigneeId;
    }

    boolean dmaRaised() {
        return dmaRaised;
    }

    String dmaNotRaisedReason() {
        return dmaNotRaisedReason;
    }

    String notes() {
        return notes;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
