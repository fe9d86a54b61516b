package app.waymark.restart;

/** A participant's sanction status, set by a supervisor (DOMAIN.md section 6). */
public enum SanctionStatus {
    NOT_UNDER_SANCTION("Not under sanction"),
    PENDING_FAILURE_TO_ATTEND("Pending decision for failure to attend"),
    UNDER_SANCTION_FAILURE_TO_ATTEND("Under sanction for failure to attend"),
    PENDING_FAILURE_TO_COMPLY("Pending decision for failure to comply"),
    UNDER_SANCTION_FAILURE_TO_COMPLY("Under sanction for failure to comply");

    private final String label;

    SanctionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
