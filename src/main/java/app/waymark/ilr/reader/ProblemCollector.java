package app.waymark.ilr.reader;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first {@code maxProblems} problems of one file and notes whether there were more. */
final class ProblemCollector {

    private final String fileName;
    private final int maxProblems;
    private final List<IlrProblem> problems = new ArrayList<>();
    private boolean truncated;

    ProblemCollector(String fileName, int maxProblems) {
        this.fileName = fileName;
        this.maxProblems = maxProblems;
    }

    void add(int line, String learnRefNumber, String field, String message) {
        if (problems.size() < maxProblems) {
            problems.add(new IlrProblem(fileName, line, learnRefNumber, field, message));
        } else {
            truncated = true;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<IlrProblem> problems() {
        return List.copyOf(problems);
    }

    boolean truncated() {
        return truncated;
    }
}
