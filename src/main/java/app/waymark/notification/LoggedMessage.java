package app.waymark.notification;

import java.time.Instant;

/**
 * A message that delivery by log wrote instead of sending, with its links intact. Handed only to
 * {@link LoggedMessageReader}s (the demo's mailbox); the log itself gets the text with its links masked.
 */
public record LoggedMessage(Instant at, MessageChannel channel, String to, String from, String subject, String text) {
}
