package app.waymark.ilr.reader;

/** Receives what {@link IlrReader} reads, in file order. */
public interface IlrLearnerHandler {

    /** Called once, before any learner, when the header is valid; never called for a file with header problems. */
    void header(IlrHeader header);

    /** Called for every learner that has no problem of its own, after {@link #header}. */
    void learner(IlrLearner learner);

    /**
     * Called with the whole percent of the file read so far (of the size its entry declares, for a zip) each time it
     * grows, up to 100; for progress only.
     */
    default void percentRead(int percent) {
    }
}
