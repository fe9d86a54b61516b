package app.waymark.destination.ui;

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

    /** The field a {@link app.waymark.destination.SurveyProblem} names ("hours", "startDate", ...). */
    static SurveyField ofQuestion(String question) {
        return switch (question == null ? "" : question) {
            case "hours" -> HOURS;
            case "studyKind" -> STUDY_KIND;
            case "startDate" -> START_DATE;
            case "ongoing" -> ONGOING;
            case "endDate" -> END_DATE;
            default -> ANSWERS;
        };
    }
}
