package app.waymark.destination.ui;

import app.waymark.destination.SurveyProblem;

import java.util.List;

/** Something the learner must put right on a page: the field, and what to say as a translation key and arguments. */
record SurveyPageProblem(SurveyField field, String messageKey, List<Object> arguments) {

    SurveyPageProblem {
        arguments = List.copyOf(arguments);
    }

    static SurveyPageProblem of(SurveyField field, String messageKey, Object... arguments) {
        return new SurveyPageProblem(field, messageKey, List.of(arguments));
    }

    static SurveyPageProblem of(SurveyProblem problem) {
        return new SurveyPageProblem(SurveyField.of(problem.field()), problem.messageKey(), problem.arguments());
    }
}
