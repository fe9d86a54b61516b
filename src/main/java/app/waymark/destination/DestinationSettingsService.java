package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
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
            throw DestinationError.BACK_POPULATION_DATE_NEEDED.refusal();
        }
        range(DestinationError.DAYS_AFTER_LEAVING_OUT_OF_RANGE, s.daysAfterLeaving(), 0);
        if (s.firstReminderDays() != null) {
            range(DestinationError.FIRST_REMINDER_OUT_OF_RANGE, s.firstReminderDays(), 1);
        }
        if (s.secondReminderDays() != null) {
            range(DestinationError.SECOND_REMINDER_OUT_OF_RANGE, s.secondReminderDays(), 1);
            if (s.firstReminderDays() == null || s.secondReminderDays() <= s.firstReminderDays()) {
                throw DestinationError.SECOND_REMINDER_NOT_AFTER_FIRST.refusal();
            }
        }
        range(DestinationError.NON_RESPONSE_OUT_OF_RANGE, s.nonResponseDays(), 1);
        range(DestinationError.LINK_EXPIRY_OUT_OF_RANGE, s.linkExpiryDays(), 1);
        int lastReminder = s.secondReminderDays() != null ? s.secondReminderDays()
                : s.firstReminderDays() != null ? s.firstReminderDays() : 0;
        if (lastReminder >= s.nonResponseDays()) {
            throw DestinationError.NON_RESPONSE_NOT_AFTER_LAST_REMINDER.refusal(s.nonResponseDays(), lastReminder);
        }
        if (s.linkExpiryDays() < s.nonResponseDays()) {
            throw DestinationError.LINK_EXPIRES_BEFORE_WINDOW.refusal(s.nonResponseDays());
        }
        if (s.contactRuleMode() == null || s.channels() == null) {
            throw DestinationError.CONTACT_RULE_MISSING.refusal();
        }
    }

    private static final int MOST_DAYS = 365;

    private static void range(DestinationError outOfRange, int value, int min) {
        if (value < min || value > MOST_DAYS) {
            throw outOfRange.refusal(min, MOST_DAYS, value);
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
