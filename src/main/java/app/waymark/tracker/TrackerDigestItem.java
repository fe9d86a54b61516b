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

/**
 * A tracker notification waiting for its recipient's daily summary email: a line and the page it links to. Items
 * about a learner's tracker also name it ({@code trackerId}); those about another module's trackers do not.
 */
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
    @Column(name = "link_path")
    private String linkPath;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "outbox_message_id")
    private UUID outboxMessageId;

    protected TrackerDigestItem() {
    }

    TrackerDigestItem(UUID id, UUID staffId, UUID trackerId, TrackerEvent.Kind event, String line, String linkPath,
                      Instant createdAt) {
        this.id = id;
        this.staffId = staffId;
        this.trackerId = trackerId;
        this.event = event;
        this.line = line;
        this.linkPath = linkPath;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    /** The page the line links to, relative to the portal's address (e.g. "trackers/…" or "monitoring/…"). */
    String linkPath() {
        return linkPath;
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
