package app.waymark.destination;

import java.time.LocalDate;

/**
 * A provider's destination tracking settings. Reminders are days after the first send (null = no such reminder);
 * the non-response window and link expiry are days after the first send too.
 */
public record TrackingSettings(boolean trackingEnabled, LocalDate backPopulationDate, int daysAfterLeaving,
                               Integer firstReminderDays, Integer secondReminderDays, int nonResponseDays,
                               int linkExpiryDays, ContactRuleMode contactRuleMode, SurveyChannels channels) {

    public static final TrackingSettings DEFAULTS = new TrackingSettings(false, null, 0, 7, 14, 28, 28,
            ContactRuleMode.STRICT, SurveyChannels.BOTH);
}
