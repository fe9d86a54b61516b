package app.waymark.tracker;

import app.waymark.learner.RecordChange;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A new tracker as staff raise it. A learner-led type raised by staff is on the learner's behalf and needs the
 * {@code source} (how it reached them, e.g. "email from learner"); {@code evidence} is optional.
 */
public record RaiseRequest(TrackerType type, UUID learnerId, RecordChange change, LocalDate effectiveDate,
                           String notes, String source, Evidence evidence, UUID assigneeId) {

    /** An uploaded file that supports the request (e.g. a deed poll for a legal change of name). */
    public record Evidence(String fileName, String contentType, byte[] content) {
    }
}
