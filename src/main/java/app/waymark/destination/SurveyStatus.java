package app.waymark.destination;

/**
 * Where a survey invitation stands ({@code survey_invitation.status}): sent and waiting for an answer, answered,
 * closed for no response at the end of the window, or closed because the learner unsubscribed.
 */
public enum SurveyStatus {
    SENT, ANSWERED, NO_RESPONSE, UNSUBSCRIBED;

    /** The status a database code names (null stays null: no survey); the one place the text becomes a status. */
    static SurveyStatus fromDatabase(String code) {
        return code == null ? null : valueOf(code);
    }
}
