package app.waymark.destination;

/** The kind of study a learner is doing (EDU codes). */
public enum StudyKind {
    TRAINEESHIP(OutcomeCode.EDU_1), SUPPORTED_INTERNSHIP(OutcomeCode.EDU_3),
    FURTHER_EDUCATION_FULL_TIME(OutcomeCode.EDU_4), FURTHER_EDUCATION_PART_TIME(OutcomeCode.EDU_5),
    UNIVERSITY(OutcomeCode.EDU_6);

    private final OutcomeCode outcomeCode;

    StudyKind(OutcomeCode outcomeCode) {
        this.outcomeCode = outcomeCode;
    }

    OutcomeCode outcomeCode() {
        return outcomeCode;
    }
}
