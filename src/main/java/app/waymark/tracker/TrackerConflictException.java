package app.waymark.tracker;

/** Someone else changed the tracker, or the learner's values it touches, since the page was read: nothing changed. */
public class TrackerConflictException extends RuntimeException {

    public TrackerConflictException(String message) {
        super(message);
    }
}
