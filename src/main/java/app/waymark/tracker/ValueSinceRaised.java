package app.waymark.tracker;

/** A value the change touches that differs now from when the tracker was raised (changed by someone else). */
public record ValueSinceRaised(String field, String whenRaised, String now) {
}
