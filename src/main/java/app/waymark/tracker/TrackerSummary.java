package app.waymark.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A tracker as lists show it. {@code overdue}: still open after its due date. */
public record TrackerSummary(UUID id, long number, TrackerType type, UUID learnerId, String learnerName,
                             String learnRefNumber, TrackerStatus status, UUID assigneeId, String assigneeName,
                             String raisedByName, Instant raisedAt, LocalDate dueOn, boolean overdue) {

    public String reference() {
        return "T-" + number;
    }
}
