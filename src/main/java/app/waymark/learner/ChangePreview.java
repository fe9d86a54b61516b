package app.waymark.learner;

import java.util.Map;

/**
 * What a change would do to one learner ({@code plan}) and that learner's current values of the fields it sets
 * ({@code currentValues}, by ILR field name), from one read of the record.
 */
public record ChangePreview(ChangePlan plan, Map<String, String> currentValues) {
}
