package app.waymark.destination;

import app.waymark.base.Translatable;

import java.util.List;

/**
 * Something a learner must put right in the survey: the problem from the module's vocabulary (which names the
 * question, or {@link DestinationField#ANSWERS} for answers that do not fit together) and its arguments, so the
 * survey speaks the learner's language.
 */
public record SurveyProblem(DestinationError error, List<Object> arguments) {

    public SurveyProblem {
        arguments = error.with(arguments.toArray()).arguments();
    }

    static SurveyProblem of(DestinationError error, Object... arguments) {
        return new SurveyProblem(error, List.of(arguments));
    }

    /** The question the problem belongs to. */
    public DestinationField field() {
        return error.field();
    }

    public String messageKey() {
        return error.key();
    }

    public Translatable message() {
        return Translatable.of(error.key(), arguments.toArray());
    }
}
