package app.waymark.tracker;

/** Who raised a tracker: staff for themselves, staff on a learner's behalf (with the source), the learner, Waymark. */
public enum RaisedBy {
    STAFF, STAFF_FOR_LEARNER, LEARNER, SYSTEM
}
