package app.waymark.notification;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "staff_notification")
class StaffNotification extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "recipient_id")
    private UUID recipientId;
    private String title;
    private String body;
    private String link;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected StaffNotification() {
    }

    StaffNotification(UUID id, UUID recipientId, String title, String body, String link, Instant createdAt) {
        this.id = id;
        this.recipientId = recipientId;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    StaffNotificationView view() {
        return new StaffNotificationView(id, title, body, link, createdAt, readAt != null);
    }
}
