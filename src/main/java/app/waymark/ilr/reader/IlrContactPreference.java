package app.waymark.ilr.reader;

/**
 * A learner's ContactPreference (ILR 2023-24 and 2024-25 only).
 *
 * @param type ContPrefType: {@code RUI} (restricted use indicator) or {@code PMC} (preferred method of contact)
 * @param code ContPrefCode: 1-7 for RUI, 1-6 for PMC
 */
public record IlrContactPreference(String type, int code) {
}
