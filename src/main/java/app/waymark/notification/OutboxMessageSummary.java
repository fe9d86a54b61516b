package app.waymark.notification;

import java.time.Instant;
import java.util.UUID;

/** A message as the outbox screen shows it. */
public record OutboxMessageSummary(UUID id, String kind, MessageChannel channel, String recipient, String subject,
                                   MessageStatus status, int attempts, Instant nextAttemptAt, String lastError,
                                   String deliveryStatus, Instant createdAt, Instant sentAt, String createdBy) {
}
