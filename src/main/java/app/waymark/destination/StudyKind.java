package app.waymark.destination;

/** The kind of study a learner is doing (EDU codes). */
public enum StudyKind {
    TRAINEESHIP(1), SUPPORTED_INTERNSHIP(3), FURTHER_EDUCATION_FULL_TIME(4), FURTHER_EDUCATION_PART_TIME(5),
    UNIVERSITY(6);

    private final int eduCode;

    StudyKind(int eduCode) {
        this.eduCode = eduCode;
    }

    int eduCode() {
        return eduCode;
    }
}
