package app.waymark.notification;

import java.util.UUID;

/** The outcome of queuing: the message's id, and whether it was new or already queued for the same purpose. */
public record QueuedMessage(UUID id, MessageChannel channel, String recipient, boolean duplicate) {
}
