package app.waymark.destination;

import java.time.LocalDate;

/**
 * The details of one activity: hours (for work; true = 16 or more a week), kind of study, when it started, whether it
 * is still going on and, if not, when it ended. Fields a question does not ask stay null.
 */
public record ActivityAnswer(Activity activity, Boolean sixteenHoursOrMore, StudyKind studyKind, LocalDate startDate,
                             Boolean ongoing, LocalDate endDate) {

    public static ActivityAnswer of(Activity activity) {
        return new ActivityAnswer(activity, null, null, null, null, null);
    }
}
