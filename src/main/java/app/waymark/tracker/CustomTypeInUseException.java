package app.waymark.tracker;

/**
 * A provider's own tracker type cannot be deleted while trackers are of it ({@code trackers} of them): it can only be
 * switched off, so no new ones are raised and the existing ones keep their type and history.
 */
public class CustomTypeInUseException extends RuntimeException {

    private final String typeName;
    private final long trackers;

    public CustomTypeInUseException(String typeName, long trackers) {
        super(typeName + " cannot be deleted: " + trackers + " tracker(s) are of this type. Switch it off instead,"
                + " so no new ones can be raised; the existing trackers keep their type and history.");
        this.typeName = typeName;
        this.trackers = trackers;
    }

    public String typeName() {
        return typeName;
    }

    public long trackers() {
        return trackers;
    }
}
