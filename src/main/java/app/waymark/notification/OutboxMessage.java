package app.waymark.notification;

import app.waymark.base.SecretLinks;
import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One email or SMS on its way out (rows are inserted by {@link Outbox}, which needs ON CONFLICT DO NOTHING). */
@Entity
@Table(name = "outbox_message")
class OutboxMessage extends TenantScopedEntity {

    @Id
    private UUID id;
    private String purpose;
    private String kind;
    @Enumerated(EnumType.STRING)
    private MessageChannel channel;
    private String recipient;
    private String subject;
    @Column(name = "body_text")
    private String bodyText;
    @Column(name = "body_html")
    private String bodyHtml;
    @Column(name = "sender_name")
    private String senderName;
    @Column(name = "sender_address")
    private String senderAddress;
    @Column(name = "reply_to")
    private String replyTo;
    @Column(name = "logo_asset_id")
    private UUID logoAssetId;
    @Enumerated(EnumType.STRING)
    private MessageStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "provider_message_id")
    private String providerMessageId;
    @Column(name = "delivery_status")
    private String deliveryStatus;
    @Column(name = "delivery_updated_at")
    private Instant deliveryUpdatedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    UUID id() {
        return id;
    }

    MessageChannel channel() {
        return channel;
    }

    MessageStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String bodyText() {
        return bodyText;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String senderName() {
        return senderName;
    }

    String senderAddress() {
        return senderAddress;
    }

    String replyTo() {
        return replyTo;
    }

    UUID logoAssetId() {
        return logoAssetId;
    }

    boolean finished() {
        return status == MessageStatus.SENT || status == MessageStatus.FAILED || status == MessageStatus.DEAD_LETTERED;
    }

    void startAttempt() {
        status = MessageStatus.SENDING;
        attempts++;
        nextAttemptAt = null;
    }

    void sent(String providerId, Instant when) {
        status = MessageStatus.SENT;
        providerMessageId = providerId;
        sentAt = when;
        lastError = null;
        // The links have reached the recipient: what is kept to show what was sent opens nothing (decision 0022).
        bodyText = SecretLinks.mask(bodyText);
        bodyHtml = SecretLinks.mask(bodyHtml);
    }

    void failedPermanently(String reason) {
        status = MessageStatus.FAILED;
        lastError = reason;
    }

    void retryLater(String reason, Instant when) {
        status = MessageStatus.QUEUED;
        lastError = reason;
        nextAttemptAt = when;
    }

    void deadLetter(String reason) {
        status = MessageStatus.DEAD_LETTERED;
        lastError = reason;
    }

    void requeueByHand(Instant when) {
        status = MessageStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = when;
    }

    void deliveryReported(String providerStatus, Instant when) {
        deliveryStatus = providerStatus;
        deliveryUpdatedAt = when;
    }

    OutboxMessageSummary summary() {
        return new OutboxMessageSummary(id, kind, channel, recipient, subject, status, attempts, nextAttemptAt,
                lastError, deliveryStatus, createdAt, sentAt, createdBy);
    }
}
