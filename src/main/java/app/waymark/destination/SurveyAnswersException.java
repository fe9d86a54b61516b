package app.waymark.destination;

import app.waymark.base.InvalidInputException;

import java.util.List;

/** Survey answers that cannot be recorded as given, with each problem to show the learner. */
public class SurveyAnswersException extends InvalidInputException {

    private final List<SurveyProblem> problems;

    SurveyAnswersException(List<SurveyProblem> problems) {
        super(problems.getFirst().field(), problems.stream().map(SurveyProblem::message).toList());
        this.problems = List.copyOf(problems);
    }

    SurveyAnswersException(SurveyProblem problem) {
        this(List.of(problem));
    }

    public List<SurveyProblem> problems() {
        return problems;
    }
}
