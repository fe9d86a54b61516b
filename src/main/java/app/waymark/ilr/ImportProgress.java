package app.waymark.ilr;

/** Where a running import is: checking the whole file first, then applying it. {@code total} is 0 when unknown. */
public record ImportProgress(Phase phase, int done, int total) {

    public enum Phase {
        CHECKING, APPLYING, DONE
    }
}
