package app.waymark.destination;

import java.util.List;

/**
 * Something a learner must put right in the survey: the question ({@code field}: "hours", "startDate", ... or
 * "answers" for answers that do not fit together) and what to say, as a translation key with its arguments, so the
 * survey speaks the learner's language.
 */
public record SurveyProblem(String field, String messageKey, List<Object> arguments) {

    static SurveyProblem of(String field, String messageKey, Object... arguments) {
        return new SurveyProblem(field, messageKey, List.of(arguments));
    }
}
