package app.waymark.notification;

import java.time.LocalDate;

/** Outbox screen filters; {@code null} means any. Dates are UK calendar days of when the message was queued. */
public record OutboxFilter(MessageStatus status, MessageChannel channel, String recipient, String kind,
                           LocalDate queuedFrom, LocalDate queuedTo) {

    public static final OutboxFilter ANY = new OutboxFilter(null, null, null, null, null, null);
}
