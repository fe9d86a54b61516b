package app.waymark.learner;

public enum ProgrammeStatus {
    CONTINUING, ON_A_BREAK, COMPLETED, WITHDRAWN
}
