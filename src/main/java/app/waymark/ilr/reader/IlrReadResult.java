package app.waymark.ilr.reader;

import java.util.List;

/**
 * The outcome of reading one ILR file.
 *
 * @param header            the header, or null when the file has none or it has problems
 * @param learnerCount      how many Learner elements were read completely, with or without problems
 * @param problems          the problems found, learner by learner in file order, at most
 *                          {@link IlrLimits#maxProblems()} of them
 * @param problemsTruncated true when more problems were found than {@code problems} holds
 */
public record IlrReadResult(IlrHeader header, int learnerCount, List<IlrProblem> problems, boolean problemsTruncated) {

    public IlrReadResult {
        problems = List.copyOf(problems);
    }

    /** True when the file has no problem at all. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
