package app.waymark.audit;

import java.time.Instant;

/** An audit event as readers see it; details are JSON text. */
public record AuditRecord(Long id, Instant occurredAt, String actorName, String action, String subjectType,
                          String subjectId, String detailsBefore, String detailsAfter) {

    /** The details for people, e.g. "roles: Tutor → Tutor, ILR QA; email: a@b.example". */
    public String describeDetails() {
        return AuditDetails.describe(this);
    }
}
