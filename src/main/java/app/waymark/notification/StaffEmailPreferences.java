package app.waymark.notification;

import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Each member of staff's choice of emails (each event, a daily digest at a time they pick, or none). Staff read and
 * change only their own; features that notify staff read anyone's of the current provider, in a listener or a job.
 */
@Service
public class StaffEmailPreferences {

    private final StaffEmailPreferenceRepository preferences;
    private final Clock clock;

    StaffEmailPreferences(StaffEmailPreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The signed-in member of staff's choice. */
    @Transactional(readOnly = true)
    public EmailPreference mine() {
        return of(staffMember().id());
    }

    /** Saves the signed-in member of staff's choice; a daily digest needs its time. */
    @Transactional
    public EmailPreference saveMine(EmailMode mode, java.time.LocalTime digestTime) {
        if (mode == null) {
            throw new InvalidInputException("mode", "Choose how you want to be emailed");
        }
        if (mode == EmailMode.DAILY_DIGEST && digestTime == null) {
            throw new InvalidInputException("digestTime", "Choose the time of day your summary email is sent");
        }
        EmailPreference preference = new EmailPreference(mode, digestTime);
        UUID staffId = staffMember().id();
        preferences.findByStaffId(staffId).ifPresentOrElse(row -> row.change(preference, clock.instant()),
                () -> preferences.save(new StaffEmailPreference(TimeOrderedIds.next(), staffId, preference,
                        clock.instant())));
        return preference;
    }

    /** One member of staff's choice, of the current provider ({@link EmailPreference#DEFAULT} until they choose). */
    @Transactional(readOnly = true)
    public EmailPreference of(UUID staffId) {
        return preferences.findByStaffId(staffId).map(StaffEmailPreference::preference)
                .orElse(EmailPreference.DEFAULT);
    }

    /** The choices of these members of staff, each of them present. */
    @Transactional(readOnly = true)
    public Map<UUID, EmailPreference> of(Collection<UUID> staffIds) {
        Map<UUID, EmailPreference> found = new HashMap<>();
        staffIds.forEach(id -> found.put(id, EmailPreference.DEFAULT));
        if (!staffIds.isEmpty()) {
            preferences.findByStaffIdIn(staffIds).forEach(row -> found.put(row.staffId(), row.preference()));
        }
        return found;
    }

    private static Actor staffMember() {
        Actor actor = CurrentActor.require();
        if (actor.isPlatformOperator() || actor.id() == null || actor.tenantId() == null) {
            throw new IllegalStateException("Only a provider's staff have email preferences");
        }
        return actor;
    }
}
