package app.waymark.tracker;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which trackers a list shows; null means any. {@code assignee}: anyone, me, nobody or one person
 * ({@code assigneeId}). Raised dates are inclusive, in UK time. {@code openOnly}: new or pre-authorised;
 * {@code source}: raised from exactly that source (how a learner-led change reached the provider, e.g. "Destination
 * survey").
 */
public record TrackerFilter(TrackerType type, TrackerStatus status, Assignee assignee, UUID assigneeId,
                            UUID learnerId, LocalDate raisedFrom, LocalDate raisedTo, boolean overdueOnly,
                            boolean openOnly, String source) {

    public enum Assignee { ANYONE, ME, UNASSIGNED, PERSON }

    /** Any source, open or closed. */
    public TrackerFilter(TrackerType type, TrackerStatus status, Assignee assignee, UUID assigneeId,
                         UUID learnerId, LocalDate raisedFrom, LocalDate raisedTo, boolean overdueOnly) {
        this(type, status, assignee, assigneeId, learnerId, raisedFrom, raisedTo, overdueOnly, false, null);
    }

    public static TrackerFilter none() {
        return new TrackerFilter(null, null, Assignee.ANYONE, null, null, null, null, false);
    }

    public static TrackerFilter ofLearner(UUID learnerId) {
        return new TrackerFilter(null, null, Assignee.ANYONE, null, learnerId, null, null, false);
    }

    /** Open trackers of one type raised from one source, e.g. contact details given in the destination survey. */
    public static TrackerFilter openFrom(TrackerType type, String source) {
        return new TrackerFilter(type, null, Assignee.ANYONE, null, null, null, null, false, true, source);
    }
}
