package app.waymark.tracker;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who is told of a tracker event, and in what capacity (issue 12, item 6): the assignee and the holders of
 * Pre-authorise or Process when a tracker is raised or allocated; the learner's primary tutor only when it is
 * processed; the person who raised it of the outcome (processed, rejected, cancelled). Nobody is told of what they
 * did themselves, and nobody of an edit. A pre-authorisation goes to the assignee's bell only, since it tells them
 * the tracker can now be processed; it is not emailed.
 */
final class TrackerAudience {

    /** Why someone is told; the first that applies is the one they are told as. */
    enum Role { ASSIGNEE, REVIEWER, TUTOR, RAISER }

    /** What the rule needs to know of the tracker and the event. {@code reviewers}: Pre-authorise/Process holders. */
    record Facts(TrackerEvent.Kind kind, UUID actorId, UUID assigneeId, UUID raisedById, UUID primaryTutorId,
                 Collection<UUID> reviewers) {
    }

    /** Whether {@link Facts#reviewers} matter for this event (so they are looked up only then). */
    static boolean concernsReviewers(TrackerEvent.Kind kind, UUID assigneeId) {
        return kind == TrackerEvent.Kind.RAISED || (kind == TrackerEvent.Kind.ASSIGNED && assigneeId != null);
    }

    /** Whether the event is emailed as well as posted to the bell (per each person's email preference). */
    static boolean emailed(TrackerEvent.Kind kind) {
        return kind != TrackerEvent.Kind.PRE_AUTHORISED;
    }

    /** The people to tell, each once, in a stable order. */
    static Map<UUID, Role> of(Facts facts) {
        Map<UUID, Role> told = new LinkedHashMap<>();
        switch (facts.kind()) {
            case RAISED -> {
                add(told, facts.assigneeId(), Role.ASSIGNEE);
                facts.reviewers().forEach(reviewer -> add(told, reviewer, Role.REVIEWER));
            }
            case ASSIGNED -> {
                if (facts.assigneeId() != null) {
                    add(told, facts.assigneeId(), Role.ASSIGNEE);
                    facts.reviewers().forEach(reviewer -> add(told, reviewer, Role.REVIEWER));
                }
            }
            case PRE_AUTHORISED -> add(told, facts.assigneeId(), Role.ASSIGNEE);
            case PROCESSED -> {
                add(told, facts.primaryTutorId(), Role.TUTOR);
                add(told, facts.raisedById(), Role.RAISER);
            }
            case REJECTED, CANCELLED -> add(told, facts.raisedById(), Role.RAISER);
            case EDITED -> {
            }
        }
        if (facts.actorId() != null) {
            told.remove(facts.actorId());
        }
        return told;
    }

    private static void add(Map<UUID, Role> told, UUID staffId, Role role) {
        if (staffId != null) {
            told.putIfAbsent(staffId, role);
        }
    }

    private TrackerAudience() {
    }
}
