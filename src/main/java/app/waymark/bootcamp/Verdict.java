package app.waymark.bootcamp;

/** What the ILR coding says about one milestone payment. */
public enum Verdict {
    /** The coding triggers the payment, on the milestone's trigger date. */
    EVIDENCED,
    /** The coding does not trigger it, and will not until what the blocking rules say is put right. */
    BLOCKED,
    /** Nothing is wrong yet: the learner has not reached the milestone (the verdict's note says what it waits for). */
    NOT_YET_DUE
}
