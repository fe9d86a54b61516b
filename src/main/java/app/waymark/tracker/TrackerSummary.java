package app.waymark.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tracker as lists show it. {@code overdue}: still open after its due date. {@code customTypeName}: the name of
 * a provider's own type (type CUSTOM), otherwise null.
 */
public record TrackerSummary(UUID id, long number, TrackerType type, UUID learnerId, String learnerName,
                             String learnRefNumber, TrackerStatus status, UUID assigneeId, String assigneeName,
                             String raisedByName, Instant raisedAt, LocalDate dueOn, boolean overdue,
                             String customTypeName) {

    public String reference() {
        return "T-" + number;
    }
}
