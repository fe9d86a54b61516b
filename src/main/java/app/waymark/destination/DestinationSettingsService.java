package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and changes the current provider's destination tracking settings (checked, audited). */
@Service
public class DestinationSettingsService {

    private final DestinationSettingsRepository settings;
    private final AuditService audit;
    private final Clock clock;

    DestinationSettingsService(DestinationSettingsRepository settings, AuditService audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TrackingSettings current() {
        return settings.findFirstBy().map(DestinationSettings::settings).orElse(TrackingSettings.DEFAULTS);
    }

    @PreAuthorize("hasRole('" + Permission.DESTINATION_SETTINGS_MANAGE + "')")
    @Transactional
    public TrackingSettings save(TrackingSettings changed) {
        validate(changed);
        TrackingSettings before = current();
        DestinationSettings row = settings.findFirstBy()
                .orElseGet(() -> new DestinationSettings(TimeOrderedIds.next()));
        row.change(changed, CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME), clock.instant());
        settings.saveAndFlush(row);
        audit.record(AuditEntry.of(AuditActions.DESTINATION_SETTINGS_CHANGED, "DestinationSettings", "settings")
                .before(details(before)).after(details(changed)));
        return changed;
    }

    static void validate(TrackingSettings s) {
        if (s.trackingEnabled() && s.backPopulationDate() == null) {
            throw new InvalidInputException("backPopulationDate", "Set the back-population date before switching"
                    + " tracking on: learners who left before it are never surveyed.");
        }
        range("daysAfterLeaving", s.daysAfterLeaving(), 0, "Days after leaving before the first send");
        if (s.firstReminderDays() != null) {
            range("firstReminderDays", s.firstReminderDays(), 1, "The first reminder");
        }
        if (s.secondReminderDays() != null) {
            range("secondReminderDays", s.secondReminderDays(), 1, "The second reminder");
            if (s.firstReminderDays() == null || s.secondReminderDays() <= s.firstReminderDays()) {
                throw new InvalidInputException("secondReminderDays",
                        "The second reminder must come after the first one.");
            }
        }
        range("nonResponseDays", s.nonResponseDays(), 1, "The non-response window");
        range("linkExpiryDays", s.linkExpiryDays(), 1, "The link expiry");
        int lastReminder = s.secondReminderDays() != null ? s.secondReminderDays()
                : s.firstReminderDays() != null ? s.firstReminderDays() : 0;
        if (lastReminder >= s.nonResponseDays()) {
            throw new InvalidInputException("nonResponseDays", "The non-response window (" + s.nonResponseDays()
                    + " days) must end after the last reminder (day " + lastReminder + ").");
        }
        if (s.linkExpiryDays() < s.nonResponseDays()) {
            throw new InvalidInputException("linkExpiryDays", "The link must work at least until the non-response"
                    + " window ends (" + s.nonResponseDays() + " days).");
        }
        if (s.contactRuleMode() == null || s.channels() == null) {
            throw new InvalidInputException("contactRuleMode", "Choose a contact rule and the channels to use.");
        }
    }

    private static void range(String field, int value, int min, String what) {
        if (value < min || value > 365) {
            throw new InvalidInputException(field, what + " must be between " + min + " and 365 days; it is "
                    + value + ".");
        }
    }

    private static Map<String, Object> details(TrackingSettings s) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tracking", s.trackingEnabled() ? "on" : "off");
        details.put("backPopulationDate", s.backPopulationDate() == null ? "(none)" : s.backPopulationDate().toString());
        details.put("daysAfterLeaving", s.daysAfterLeaving());
        details.put("reminders", s.firstReminderDays() + ", " + s.secondReminderDays());
        details.put("nonResponseDays", s.nonResponseDays());
        details.put("linkExpiryDays", s.linkExpiryDays());
        details.put("contactRule", s.contactRuleMode().name());
        details.put("channels", s.channels().name());
        return details;
    }
}
