package app.waymark.destination;

/**
 * Where a destination record came from ({@code destination_record.source}): the learner's survey, the daily run's
 * automatic OTH-3, or staff. Only staff records can be changed or deleted; only automatic ones superseded.
 */
public enum RecordSource {
    SURVEY, AUTOMATIC, MANUAL;

    /** The source a database code names; the one place the text becomes a source. */
    static RecordSource fromDatabase(String code) {
        return valueOf(code);
    }
}
