package app.waymark.ilr.reader;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything the reader hands over. */
final class RecordingHandler implements IlrLearnerHandler {

    final List<IlrHeader> headers = new ArrayList<>();
    final List<IlrLearner> learners = new ArrayList<>();

    @Override
    public void header(IlrHeader header) {
        assert learners.isEmpty() : "header after a learner";
        headers.add(header);
    }

    @Override
    public void learner(IlrLearner learner) {
        learners.add(learner);
    }

    IlrLearner learner(String learnRefNumber) {
        return learners.stream().filter(learner -> learner.learnRefNumber().equals(learnRefNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no learner " + learnRefNumber + " was handed over"));
    }
}
