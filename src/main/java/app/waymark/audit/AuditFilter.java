package app.waymark.audit;

import java.time.LocalDate;

/** Filters of the audit trail; any may be null. Dates are inclusive, in UK local time. */
public record AuditFilter(String actor, String action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
