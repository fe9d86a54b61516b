package app.waymark.learner;

import java.util.List;

/** A learner with their aims and employment records, as change rules read them. */
record LearnerState(Learner learner, List<LearnerDetails.Aim> aims, List<LearnerDetails.Employment> employment) {
}
