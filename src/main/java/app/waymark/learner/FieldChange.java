package app.waymark.learner;

/**
 * One ILR field a change sets: in which record of the learner ({@code record}, e.g. "Learner" or "Aim 2 ZPROG001"),
 * the ILR field name, and its value before and after (null when empty). This is what staff key into the MIS.
 */
public record FieldChange(String record, String field, String before, String after) {
}
