package app.waymark.learner;

/**
 * A field an import found with another value than the one Waymark set and the MIS had not confirmed: either Waymark's
 * value was kept (the file was prepared before the change) or the file's value replaced it (prepared after).
 */
public record MisSettlement(String learnRefNumber, String record, String field, String waymarkValue,
                            String fileValue, String reference) {

    @Override
    public String toString() {
        return learnRefNumber + " " + record + " " + field + ": " + (waymarkValue == null ? "(empty)" : waymarkValue)
                + " / " + (fileValue == null ? "(empty)" : fileValue) + " (" + reference + ")";
    }
}
