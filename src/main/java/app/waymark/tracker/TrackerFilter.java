package app.waymark.tracker;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which trackers a list shows; null means any. {@code assignee}: anyone, me, nobody or one person
 * ({@code assigneeId}). Raised dates are inclusive, in UK time.
 */
public record TrackerFilter(TrackerType type, TrackerStatus status, Assignee assignee, UUID assigneeId,
                            UUID learnerId, LocalDate raisedFrom, LocalDate raisedTo, boolean overdueOnly) {

    public enum Assignee { ANYONE, ME, UNASSIGNED, PERSON }

    public static TrackerFilter none() {
        return new TrackerFilter(null, null, Assignee.ANYONE, null, null, null, null, false);
    }

    public static TrackerFilter ofLearner(UUID learnerId) {
        return new TrackerFilter(null, null, Assignee.ANYONE, null, learnerId, null, null, false);
    }
}
