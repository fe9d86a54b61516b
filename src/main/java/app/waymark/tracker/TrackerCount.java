package app.waymark.tracker;

/**
 * How many trackers a list matches, as far as it was counted: exactly {@code value}, or ({@code exact} false) more
 * than {@code value}, where counting stopped.
 */
public record TrackerCount(long value, boolean exact) {

    /** The tracker list counts no further than this (decision 0032). */
    public static final int LIST_LIMIT = 10_000;

    static TrackerCount exactly(long value) {
        return new TrackerCount(value, true);
    }

    static TrackerCount moreThan(long value) {
        return new TrackerCount(value, false);
    }
}
