package app.waymark.tracker;

/**
 * How one provider uses one tracker type: switched on, whether processing needs a pre-authorisation first, whether
 * a contact-details change applies as soon as it is raised, and how many days an open tracker may wait before it
 * is overdue.
 */
public record TrackerTypeSetting(TrackerType type, boolean enabled, boolean preAuthorisationRequired,
                                 boolean appliesAtOnce, int dueDays) {

    /** Until a provider changes them: every type on; staff-led changes need pre-authorising; nothing at once. */
    public static TrackerTypeSetting defaults(TrackerType type) {
        return new TrackerTypeSetting(type, true, !type.learnerLed(), false, type.learnerLed() ? 5 : 10);
    }
}
