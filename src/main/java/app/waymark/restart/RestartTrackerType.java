package app.waymark.restart;

/**
 * The types of tracker a Restart participant can have. Monitoring is the only one the programme's process defines
 * (seed 004: "the Type is set to a 'monitoring' type tracker"); staff find them by it in the list's Type filter and
 * by its name in the keyword search, as the process describes.
 */
public enum RestartTrackerType {
    MONITORING("Monitoring");

    private final String label;

    RestartTrackerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
