package app.waymark.tracker;

import java.util.List;
import java.util.UUID;

/**
 * A tracker type a provider admin defined: its fields (free text or dates), whether it uses pre-authorisation and
 * rejection, whether it is switched on, days before an open one is overdue. No automatic effect. {@code id} is null
 * for one not saved yet.
 */
public record CustomTrackerType(UUID id, String name, List<Field> fields, boolean usesPreAuthorisation,
                                boolean usesRejection, boolean enabled, int dueDays) {

    public CustomTrackerType {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public enum FieldKind { TEXT, DATE }

    public record Field(String label, FieldKind kind, boolean required) {
    }

    /** What this type's trackers go through, as per-type settings read them. */
    TrackerTypeSetting asSetting() {
        return new TrackerTypeSetting(TrackerType.CUSTOM, enabled, usesPreAuthorisation, false, dueDays);
    }
}
