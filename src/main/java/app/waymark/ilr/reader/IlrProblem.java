package app.waymark.ilr.reader;

/**
 * Something wrong with an ILR file, worded for the data officer who has to fix it.
 *
 * @param fileName       the name the file is shown by (not necessarily its name on disk)
 * @param line           the line of the offending element (or of the element that should contain a missing one);
 *                       0 when the problem concerns the whole file, e.g. its size
 * @param learnRefNumber the learner concerned, or null for problems outside a learner
 * @param field          the ILR element name concerned (e.g. {@code ULN}), or null
 * @param message        what is wrong, naming the field and quoting the value found
 */
public record IlrProblem(String fileName, int line, String learnRefNumber, String field, String message) {

    /** E.g. {@code ILR-99999999-2526-20250108-094401.xml line 123, learner 18Learner, ULN: ULN must be 10 digits (found '12345')}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(fileName);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (learnRefNumber != null) {
            text.append(", learner ").append(learnRefNumber);
        }
        if (field != null) {
            text.append(", ").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
