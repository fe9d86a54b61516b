package app.waymark.restart;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of a monitoring tracker's history. */
@Entity
@Table(name = "restart_monitoring_history")
class MonitoringHistoryEntry extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "tracker_id")
    private UUID trackerId;
    private Instant at;
    @Column(name = "actor_id")
    private UUID actorId;
    @Column(name = "actor_name")
    private String actorName;
    private String action;
    private String detail;

    protected MonitoringHistoryEntry() {
    }

    MonitoringHistoryEntry(UUID id, UUID trackerId, Instant at, UUID actorId, String actorName, String action,
                           String detail) {
        this.id = id;
        this.trackerId = trackerId;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.detail = detail;
    }

    MonitoringHistoryLine line() {
        return new MonitoringHistoryLine(at, actorName, action, detail);
    }
}
