package app.waymark.learner;

/**
 * Database views the learner module publishes for other modules' SQL (decision 0054). Another module reads learner
 * data through one of these, never by naming the {@code learner} table: the view is this module's promise, so its
 * table can change behind it, and naming the view through this type makes the dependency one that Spring Modulith's
 * verify sees. Each view is {@code security_invoker}, so the learner table's row security applies to the reader.
 */
public enum LearnerViews {

    /**
     * One row per learner: {@code tenant_id, id, learn_ref_number, uln, given_names, family_name, email, tel_no,
     * mobile_e164, high_needs, leaving_date, programme_status} (release 0032). Locking a row of it
     * ({@code for update}) locks the learner's row.
     */
    PROFILE("learner_profile"),

    /**
     * One row per learner: {@code tenant_id, learner_id, leaving_date, programme_status, given_names, email,
     * mobile_e164, high_needs}, the ILR's {@code rui} and {@code pmc} codes (text arrays, empty when none), and the
     * purposes the learner asked not to be contacted for by email ({@code email_suppressed_for}) and by SMS
     * ({@code sms_suppressed_for}), a suppression on all channels counting for both (release 0037).
     */
    CONTACT_RULES("learner_contact_rules");

    private final String viewName;

    LearnerViews(String viewName) {
        this.viewName = viewName;
    }

    /** The view's name, to write into SQL text. */
    public String viewName() {
        return viewName;
    }
}
