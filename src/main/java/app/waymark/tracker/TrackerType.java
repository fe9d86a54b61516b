package app.waymark.tracker;

import app.waymark.learner.RecordChange;

/** The kinds of tracker, each with the change it asks for. */
public enum TrackerType {
    CHANGE_OF_NAME(Lead.LEARNER, RecordChange.NameChange.class),
    CHANGE_OF_ADDRESS(Lead.LEARNER, RecordChange.AddressChange.class),
    CHANGE_OF_CONTACT_DETAILS(Lead.LEARNER, RecordChange.ContactDetailsChange.class),
    /** A type the provider defined ({@link CustomTrackerType}): fields to fill in, no automatic effect. */
    CUSTOM(Lead.STAFF, null);

    /** Who a tracker of this type is normally raised by; staff raise learner-led ones on the learner's behalf. */
    public enum Lead { LEARNER, STAFF }

    private final Lead lead;
    private final Class<? extends RecordChange> change;

    TrackerType(Lead lead, Class<? extends RecordChange> change) {
        this.lead = lead;
        this.change = change;
    }

    public boolean learnerLed() {
        return lead == Lead.LEARNER;
    }

    /** Whether processing changes the learner's programme status (then a QA-verified record needs ILR QA). */
    public boolean changesProgrammeStatus() {
        return false;
    }

    public boolean accepts(RecordChange requested) {
        return change != null && change.isInstance(requested);
    }
}
