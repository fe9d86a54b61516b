package app.waymark.audit;

import java.util.Map;

/**
 * One change worth recording: what happened, to what, and the relevant details before and after. Details must not
 * hold secrets (passwords, tokens).
 */
public record AuditEntry(String action, String subjectType, String subjectId, Map<String, ?> before,
                         Map<String, ?> after) {

    public static AuditEntry of(String action, String subjectType, Object subjectId) {
        return new AuditEntry(action, subjectType, subjectId == null ? null : subjectId.toString(), null, null);
    }

    public AuditEntry before(Map<String, ?> details) {
        return new AuditEntry(action, subjectType, subjectId, details, after);
    }

    public AuditEntry after(Map<String, ?> details) {
        return new AuditEntry(action, subjectType, subjectId, before, details);
    }
}
