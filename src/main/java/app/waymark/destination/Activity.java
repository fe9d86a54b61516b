package app.waymark.destination;

/** What a learner says they have done since leaving: one survey answer, several may apply. */
public enum Activity {
    EMPLOYED(true, false),
    SELF_EMPLOYED(true, false),
    APPRENTICESHIP(false, false),
    STUDYING(false, false),
    VOLUNTEERING(false, false),
    LOOKING_FOR_WORK(false, false),
    NOT_LOOKING_FOR_WORK(false, false),
    GAP_YEAR(false, false),
    SUPPORTED_INDEPENDENT_LIVING(false, true),
    INDEPENDENT_LIVING(false, true),
    RETURNING_HOME(false, true),
    RESIDENTIAL_PLACEMENT(false, true),
    SOMETHING_ELSE(false, false),
    PREFER_NOT_TO_SAY(false, false);

    private final boolean asksHours;
    private final boolean social;

    Activity(boolean asksHours, boolean social) {
        this.asksHours = asksHours;
        this.social = social;
    }

    /** Working: 16 hours a week or more, or fewer. */
    public boolean asksHours() {
        return asksHours;
    }

    /** Social destinations (SDE), offered only to high-needs 16-19 learners. */
    public boolean social() {
        return social;
    }

    public boolean asksStudyKind() {
        return this == STUDYING;
    }

    /** "Prefer not to say" has nothing to ask about dates. */
    public boolean asksDates() {
        return this != PREFER_NOT_TO_SAY;
    }
}
