package app.waymark.ilr;

public enum IlrImportStatus {
    /** Every learner written (or found unchanged). */
    APPLIED,
    /** The file had problems: nothing was changed. */
    REJECTED,
    /** Writing failed part-way: rolled back, nothing was changed. */
    FAILED
}
