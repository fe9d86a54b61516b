package app.waymark.learner;

import java.util.Map;

/**
 * The rule for one kind of {@link RecordChange}: how its input is checked and normalised, which of the learner's
 * values it touches, what it would do (a {@link ChangePlan}) and doing it.
 */
interface ChangeEffect<C extends RecordChange> {

    Class<C> kind();

    /** The change as it will be stored, or an {@code InvalidInputException} naming the field that is wrong. */
    C normalised(C change);

    /** The learner's current values of the ILR fields the change sets, by field name, in display order. */
    Map<String, String> touched(LearnerState learner, C change);

    ChangePlan plan(LearnerState learner, C change);

    /** Applies a plan that had no blockers to the learner (in the caller's transaction). */
    void apply(LearnerState learner, C change);

    /**
     * Whether the rule reads the learner's aims or employment records. A rule that reads only the learner's own
     * fields says no, and gets a state without them (reading them then fails), two queries fewer per change.
     */
    default boolean readsAimsAndEmployment() {
        return true;
    }
}
