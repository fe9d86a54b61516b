package app.waymark.tracker;

import app.waymark.learner.RecordChange;

/** The kinds of tracker, each with the change it asks for. */
public enum TrackerType {
    CHANGE_OF_NAME(Lead.LEARNER, RecordChange.NameChange.class, false),
    CHANGE_OF_ADDRESS(Lead.LEARNER, RecordChange.AddressChange.class, false),
    CHANGE_OF_CONTACT_DETAILS(Lead.LEARNER, RecordChange.ContactDetailsChange.class, false),
    CHANGE_OF_EMPLOYER(Lead.STAFF, RecordChange.EmployerChange.class, false),
    BREAK_IN_LEARNING(Lead.STAFF, RecordChange.BreakInLearning.class, true),
    RETURN_TO_LEARNING(Lead.STAFF, RecordChange.ReturnToLearning.class, true),
    CHANGE_OF_PROGRAMME(Lead.STAFF, RecordChange.ProgrammeChange.class, true),
    WITHDRAWAL(Lead.STAFF, RecordChange.Withdrawal.class, true),
    /** A type the provider defined ({@link CustomTrackerType}): fields to fill in, no automatic effect. */
    CUSTOM(Lead.STAFF, null, false);

    /** Who a tracker of this type is normally raised by; staff raise learner-led ones on the learner's behalf. */
    public enum Lead { LEARNER, STAFF }

    private final Lead lead;
    private final Class<? extends RecordChange> change;
    private final boolean changesProgrammeStatus;

    TrackerType(Lead lead, Class<? extends RecordChange> change, boolean changesProgrammeStatus) {
        this.lead = lead;
        this.change = change;
        this.changesProgrammeStatus = changesProgrammeStatus;
    }

    public boolean learnerLed() {
        return lead == Lead.LEARNER;
    }

    /** Whether processing changes the learner's programme status (then a QA-verified record needs ILR QA). */
    public boolean changesProgrammeStatus() {
        return changesProgrammeStatus;
    }

    public boolean accepts(RecordChange requested) {
        return change != null && change.isInstance(requested);
    }
}
