package app.waymark.bootcamp;

/** The three Skills Bootcamp milestone payments, in the order a learner reaches them. */
public enum Milestone {
    /** M1: the learner has started (been in learning for the qualifying period). */
    START("M1"),
    /** M2: the learner completed the training and an event (interview offer, new role, self-employment plan) followed. */
    COMPLETION("M2"),
    /** M3: the learner reached a positive outcome; ZPROG001's achievement date is the trigger date. */
    OUTCOME("M3");

    private final String code;

    Milestone(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
