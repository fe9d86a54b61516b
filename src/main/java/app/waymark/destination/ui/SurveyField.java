package app.waymark.destination.ui;

import app.waymark.destination.DestinationField;

/** The question a survey problem belongs to, so a page can show it on the right field. */
enum SurveyField {
    ACTIVITIES,
    HOURS,
    STUDY_KIND,
    START_DATE,
    ONGOING,
    END_DATE,
    EMAIL,
    MOBILE,
    /** Answers taken together (they do not fit, or cannot be recorded): no single field. */
    ANSWERS;

    /** Where on the survey's pages a problem with {@code question} shows; anything else goes with the answers. */
    static SurveyField of(DestinationField question) {
        return switch (question == null ? DestinationField.ANSWERS : question) {
            case ACTIVITIES -> ACTIVITIES;
            case HOURS -> HOURS;
            case STUDY_KIND -> STUDY_KIND;
            case START_DATE -> START_DATE;
            case ONGOING -> ONGOING;
            case END_DATE -> END_DATE;
            case EMAIL -> EMAIL;
            case MOBILE -> MOBILE;
            default -> ANSWERS;
        };
    }
}
