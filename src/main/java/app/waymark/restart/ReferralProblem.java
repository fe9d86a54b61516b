package app.waymark.restart;

/**
 * A problem with one value: line (1-based), the column's header name, and what is wrong in plain words. A problem
 * with the file or a whole line rather than one column's value has an empty column.
 */
public record ReferralProblem(int line, String column, String message) {
}
