package app.waymark.restart;

import java.time.Instant;
import java.util.UUID;

/** A change of sanction status as the participant's Sanctions tab shows it. */
public record SanctionHistoryLine(Instant at, String by, SanctionStatus from, SanctionStatus to, String reason,
                                  UUID monitoringTrackerId, String monitoringTrackerReference) {
}
