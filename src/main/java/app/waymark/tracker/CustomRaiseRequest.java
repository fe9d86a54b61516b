package app.waymark.tracker;

import java.util.Map;
import java.util.UUID;

/** A new tracker of one of the provider's own types: the values of its fields by label (dates as yyyy-mm-dd). */
public record CustomRaiseRequest(UUID customTypeId, UUID learnerId, Map<String, String> values, String notes,
                                 UUID assigneeId) {
}
