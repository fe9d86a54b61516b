package app.waymark.destination;

/**
 * Why an automatic OTH-3 is flagged for review ({@code destination_record.flag}): the learner could not be reached on
 * any channel, did not answer within the non-response window, or unsubscribed with the survey link.
 */
public enum RecordFlag {
    NOT_CONTACTABLE, NO_RESPONSE, UNSUBSCRIBED;

    /** The flag a database code names (null stays null: not flagged); the one place the text becomes a flag. */
    static RecordFlag fromDatabase(String code) {
        return code == null ? null : valueOf(code);
    }
}
