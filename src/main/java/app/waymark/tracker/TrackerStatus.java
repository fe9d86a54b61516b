package app.waymark.tracker;

public enum TrackerStatus {
    NEW, PRE_AUTHORISED, PROCESSED, REJECTED, CANCELLED;

    public boolean open() {
        return this == NEW || this == PRE_AUTHORISED;
    }
}
