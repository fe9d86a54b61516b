package app.waymark.tracker;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One thing done to a tracker, with the values before and after (JSON objects). */
@Entity
@Immutable
@Table(name = "tracker_history")
class TrackerHistoryEntry extends TenantScopedEntity {

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
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String before;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String after;

    protected TrackerHistoryEntry() {
    }

    TrackerHistoryEntry(UUID id, UUID trackerId, Instant at, UUID actorId, String actorName, String action,
                        String before, String after) {
        this.id = id;
        this.trackerId = trackerId;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    TrackerHistoryLine view() {
        return new TrackerHistoryLine(at, actorName, action, before, after);
    }
}
