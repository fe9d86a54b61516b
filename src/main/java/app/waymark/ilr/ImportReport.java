package app.waymark.ilr;

import app.waymark.learner.MisRoundTrip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of one import, as the history, the UI and the API show it. {@code misRoundTrip} says what an applied
 * import did to fields Waymark changed that were still to key into the MIS (decision 0029): its counts are exact,
 * its lines capped like the problems.
 */
public record ImportReport(UUID id, String fileName, String ilrYear, IlrImportStatus status, String startedBy,
                           Instant startedAt, int learnersInFile, int created, int updated, int unchanged,
                           List<Problem> problems, int problemCount, long durationMs, MisRoundTrip misRoundTrip,
                           int misKept, int misSuperseded) {

    /** What is wrong and where; {@code learnRefNumber} and {@code field} may be null. */
    public record Problem(int line, String learnRefNumber, String field, String message) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("line ").append(line);
            if (learnRefNumber != null) {
                text.append(", learner ").append(learnRefNumber);
            }
            if (field != null) {
                text.append(", ").append(field);
            }
            return text.append(": ").append(message).toString();
        }
    }
}
