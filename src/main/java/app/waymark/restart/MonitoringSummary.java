package app.waymark.restart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A monitoring tracker as lists show it; {@code overdue}: New past the provider's working days. */
public record MonitoringSummary(UUID id, String reference, UUID participantId, String participantName,
                                String participantReference, UUID activityId, String activityTitle,
                                LocalDate activityDueOn, MonitoringStatus status, UUID assigneeId,
                                String assigneeName, Instant raisedAt, Instant notCompleteAt, boolean overdue) {

    public RestartTrackerType type() {
        return RestartTrackerType.MONITORING;
    }
}
