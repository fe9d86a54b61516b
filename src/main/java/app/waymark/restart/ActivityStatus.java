package app.waymark.restart;

public enum ActivityStatus {
    PLANNED("Planned"), COMPLETE("Complete"), NOT_COMPLETE("Not complete");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
