package app.waymark.ilr.reader;

/**
 * An EmploymentStatusMonitoring record of a learner employment status.
 *
 * @param type ESMType, three capital letters (e.g. {@code SEI})
 * @param code ESMCode
 */
public record IlrEmploymentMonitoring(String type, int code) {
}
