package app.waymark.tracker;

import app.waymark.base.Sentence;

/** The current user may not do this to the tracker now; {@link #why()} says why. Nothing changed. */
public class TrackerRefusedException extends RuntimeException {

    private final transient Sentence why;

    public TrackerRefusedException(TrackerAction action, Sentence why) {
        super(action + " refused: " + why.key());
        this.why = why;
    }

    public Sentence why() {
        return why;
    }
}
