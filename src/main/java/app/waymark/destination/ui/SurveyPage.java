package app.waymark.destination.ui;

/** The pages of the learner's destination survey, in the order a learner usually meets them. */
enum SurveyPage {
    START,
    ACTIVITIES,
    /** One page per chosen activity that asks for details; {@link SurveyStep#details()} says which. */
    DETAILS,
    /** Answers that do not fit together, with a way back to change them. */
    CONFLICTS,
    CONTACT,
    CHECK,
    THANKS
}
