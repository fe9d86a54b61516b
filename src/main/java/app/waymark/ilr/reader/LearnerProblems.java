package app.waymark.ilr.reader;

/** The problems of one learner (or of the header): counts them all, even those the collector no longer keeps. */
final class LearnerProblems {

    private final ProblemCollector collector;
    private String learnRefNumber;
    private int count;

    LearnerProblems(ProblemCollector collector) {
        this.collector = collector;
    }

    /** Names the learner in every problem added from now on. */
    void learnRefNumber(String learnRefNumber) {
        this.learnRefNumber = learnRefNumber;
    }

    void add(int line, String field, String message) {
        count++;
        collector.add(line, learnRefNumber, field, message);
    }

    /** How many problems so far: a mapper compares this before and after to know whether its part was clean. */
    int count() {
        return count;
    }
}
