package app.waymark.tracker;

import java.util.UUID;

/**
 * Something that happened to a tracker, published inside the transaction that did it (listeners that write, such
 * as the bell, join that transaction). {@code actorId} is the staff member who did it, or null (a learner, Waymark).
 */
public record TrackerEvent(UUID tenantId, UUID trackerId, Kind kind, UUID actorId) {

    public enum Kind { RAISED, EDITED, ASSIGNED, PRE_AUTHORISED, PROCESSED, REJECTED, CANCELLED }
}
