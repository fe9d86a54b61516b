package app.waymark.learner;

/**
 * Which changes the list to key into the MIS shows: one state (null for all) and, optionally, text found in the
 * learner's LearnRefNumber or name or in the reference.
 */
public record MisChangeFilter(MisState state, String search) {

    public static final MisChangeFilter TO_KEY = new MisChangeFilter(MisState.TO_KEY, null);

    public MisChangeFilter {
        search = search == null || search.isBlank() ? null : search.strip();
    }
}
