package app.waymark.restart;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of a participant's sanction status, kept for good. */
@Entity
@Table(name = "restart_sanction_change")
class SanctionChange extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by_id")
    private UUID changedById;
    @Column(name = "changed_by_name")
    private String changedByName;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private SanctionStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private SanctionStatus toStatus;
    private String reason;
    @Column(name = "monitoring_tracker_id")
    private UUID monitoringTrackerId;

    protected SanctionChange() {
    }

    SanctionChange(UUID id, UUID participantId, Instant changedAt, UUID changedById, String changedByName,
                   SanctionStatus fromStatus, SanctionStatus toStatus, String reason, UUID monitoringTrackerId) {
        this.id = id;
        this.participantId = participantId;
        this.changedAt = changedAt;
        this.changedById = changedById;
        this.changedByName = changedByName;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.monitoringTrackerId = monitoringTrackerId;
    }

    SanctionHistoryLine line(String trackerReference) {
        return new SanctionHistoryLine(changedAt, changedByName, fromStatus, toStatus, reason, monitoringTrackerId,
                trackerReference);
    }

    UUID monitoringTrackerId() {
        return monitoringTrackerId;
    }
}
