package app.waymark.learner;

import java.time.Instant;
import java.util.UUID;

/**
 * One ILR field Waymark changed, as the list to key into the MIS shows it: the learner, the record and field, the
 * values before and after, why ({@code reference}, e.g. "Tracker T-12"), and how it was settled once it was.
 * {@code settledByImport} is the ILR import that settled it; {@code settledValue} the value an import brought
 * instead of Waymark's (superseded). {@code keptAt}, {@code keptByImport} and {@code keptFileValue}: the last import
 * that would have reversed the change while it was still to key, and kept Waymark's value over the file's.
 */
public record MisChange(UUID id, UUID learnerId, String learnRefNumber, String learnerName, String record,
                        String field, String before, String after, String reference, Instant changedAt,
                        String changedBy, MisState state, Instant settledAt, String settledBy,
                        UUID settledByImport, String settledValue, Instant keptAt, UUID keptByImport,
                        String keptFileValue) {
}
