package app.waymark.tracker;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A tracker notification waiting for its recipient's daily summary email. */
@Entity
@Table(name = "tracker_digest_item")
class TrackerDigestItem extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "tracker_id")
    private UUID trackerId;
    @Enumerated(EnumType.STRING)
    private TrackerEvent.Kind event;
    private String line;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "outbox_message_id")
    private UUID outboxMessageId;

    protected TrackerDigestItem() {
    }

    TrackerDigestItem(UUID id, UUID staffId, UUID trackerId, TrackerEvent.Kind event, String line,
                      Instant createdAt) {
        this.id = id;
        this.staffId = staffId;
        this.trackerId = trackerId;
        this.event = event;
        this.line = line;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID trackerId() {
        return trackerId;
    }

    String line() {
        return line;
    }

    /** Sent in the summary queued as {@code messageId}, or closed without one (null: no email wanted or possible). */
    void close(Instant when, UUID messageId) {
        this.sentAt = when;
        this.outboxMessageId = messageId;
    }
}
