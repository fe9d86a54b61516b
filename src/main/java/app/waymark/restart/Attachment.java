package app.waymark.restart;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a monitoring tracker, without its content. */
public record Attachment(UUID id, AttachmentKind kind, String fileName, String contentType, int sizeBytes,
                         Instant uploadedAt, String uploadedBy) {
}
