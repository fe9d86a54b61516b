package app.waymark.ilr;

/**
 * Where a running import is: checking the whole file first ({@code done} percent of it read, of a {@code total} of
 * 100), then applying it ({@code done} of {@code total} steps). {@code total} is 0 when unknown.
 */
public record ImportProgress(Phase phase, int done, int total) {

    public enum Phase {
        CHECKING, APPLYING, DONE
    }
}
