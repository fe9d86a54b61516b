package app.waymark.bootcamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An event staff recorded in Waymark ({@code bootcamp_event}, release 0031). {@code eviCode} is the EVI code keyed
 * for programmes starting from 1 August 2025 (null otherwise); {@code inMisSince} and {@code inMisImportId} are set
 * by the first applied ILR import whose data holds the event's rows, and null while it waits for the MIS.
 */
public record RecordedEvent(UUID id, UUID learnerId, EventKind kind, LocalDate date, String eviCode, String note,
                            String recordedBy, Instant recordedAt, Instant inMisSince, UUID inMisImportId) {

    public boolean inMis() {
        return inMisSince != null;
    }
}
