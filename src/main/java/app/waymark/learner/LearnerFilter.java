package app.waymark.learner;

import java.time.LocalDate;

/** Filters of the learner list; any may be null. {@code search} matches name, LearnRefNumber or ULN. */
public record LearnerFilter(String search, ProgrammeStatus status, Integer fundModel, LocalDate leftFrom,
                            LocalDate leftTo) {

    public static LearnerFilter none() {
        return new LearnerFilter(null, null, null, null, null);
    }
}
