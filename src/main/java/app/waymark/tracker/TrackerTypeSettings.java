package app.waymark.tracker;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The current provider's settings per tracker type (defaults where it has saved none). */
@Service
public class TrackerTypeSettings {

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;

    TrackerTypeSettings(JdbcTemplate jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TrackerTypeSetting> all() {
        Map<TrackerType, TrackerTypeSetting> settings = new EnumMap<>(TrackerType.class);
        Arrays.stream(TrackerType.values()).filter(type -> type != TrackerType.CUSTOM)
                .forEach(type -> settings.put(type, TrackerTypeSetting.defaults(type)));
        jdbc.query("""
                select tracker_type, enabled, pre_authorisation_required, applies_at_once, due_days
                from tracker_type_setting""", row -> {
            TrackerType type = TrackerType.valueOf(row.getString(1));
            settings.put(type, new TrackerTypeSetting(type, row.getBoolean(2), row.getBoolean(3), row.getBoolean(4),
                    row.getInt(5)));
        });
        return List.copyOf(settings.values());
    }

    /** The settings of a standard type (custom types carry their own: {@link CustomTrackerType}). */
    @Transactional(readOnly = true)
    public TrackerTypeSetting of(TrackerType type) {
        return all().stream().filter(setting -> setting.type() == type).findFirst().orElseThrow();
    }

    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public void save(TrackerTypeSetting setting) {
        if (setting.type() == TrackerType.CUSTOM) {
            throw new InvalidInputException("type", "A provider's own tracker types are set on their own page");
        }
        if (setting.dueDays() < 1 || setting.dueDays() > 365) {
            throw new InvalidInputException("dueDays", "Days before overdue must be between 1 and 365");
        }
        if (setting.appliesAtOnce() && setting.type() != TrackerType.CHANGE_OF_CONTACT_DETAILS) {
            throw new InvalidInputException("appliesAtOnce", "Only contact-detail changes can apply at once");
        }
        TrackerTypeSetting before = of(setting.type());
        jdbc.update("""
                insert into tracker_type_setting (tenant_id, tracker_type, enabled, pre_authorisation_required,
                    applies_at_once, due_days, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, tracker_type) do update set enabled = excluded.enabled,
                    pre_authorisation_required = excluded.pre_authorisation_required,
                    applies_at_once = excluded.applies_at_once, due_days = excluded.due_days,
                    updated_at = excluded.updated_at""",
                CurrentTenant.idOrNone(), setting.type().name(), setting.enabled(),
                setting.preAuthorisationRequired(), setting.appliesAtOnce(), setting.dueDays(),
                Timestamp.from(clock.instant()));
        audit.record(AuditEntry.of(AuditActions.TRACKER_SETTINGS_CHANGED, "tracker-type", setting.type())
                .before(asMap(before)).after(asMap(setting)));
    }

    private static Map<String, Object> asMap(TrackerTypeSetting setting) {
        return Map.of("enabled", setting.enabled(), "preAuthorisationRequired", setting.preAuthorisationRequired(),
                "appliesAtOnce", setting.appliesAtOnce(), "dueDays", setting.dueDays());
    }
}
