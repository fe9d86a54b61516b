package app.waymark.tracker;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Permission;
import app.waymark.tenant.CurrentTenant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The current provider's own tracker types. */
@Service
public class CustomTrackerTypes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_FIELDS = 10;

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;

    CustomTrackerTypes(JdbcTemplate jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(TrackerService.VIEW)
    @Transactional(readOnly = true)
    public List<CustomTrackerType> all() {
        return jdbc.query("""
                select id, name, fields, uses_pre_authorisation, uses_rejection, enabled, due_days
                from custom_tracker_type order by lower(name)""", ROWS);
    }

    @Transactional(readOnly = true)
    public Optional<CustomTrackerType> find(UUID id) {
        return jdbc.query("""
                select id, name, fields, uses_pre_authorisation, uses_rejection, enabled, due_days
                from custom_tracker_type where id = ?""", ROWS, id).stream().findFirst();
    }

    /** Creates the type (no id) or changes it; returns its id. Fields of trackers already raised stay as they were. */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public UUID save(CustomTrackerType type) {
        CustomTrackerType checked = checked(type);
        String fields = JSON.writeValueAsString(checked.fields());
        Timestamp now = Timestamp.from(clock.instant());
        UUID id = checked.id() == null ? TimeOrderedIds.next() : checked.id();
        Optional<CustomTrackerType> before = checked.id() == null ? Optional.empty() : find(checked.id());
        if (checked.id() != null && before.isEmpty()) {
            throw new InvalidInputException("type", "No such tracker type");
        }
        try {
            jdbc.update("""
                    insert into custom_tracker_type (tenant_id, id, name, fields, uses_pre_authorisation,
                        uses_rejection, enabled, due_days, updated_at)
                    values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                    on conflict (id) do update set name = excluded.name, fields = excluded.fields,
                        uses_pre_authorisation = excluded.uses_pre_authorisation,
                        uses_rejection = excluded.uses_rejection, enabled = excluded.enabled,
                        due_days = excluded.due_days, updated_at = excluded.updated_at""",
                    CurrentTenant.idOrNone(), id, checked.name(), fields, checked.usesPreAuthorisation(),
                    checked.usesRejection(), checked.enabled(), checked.dueDays(), now);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "There is already a tracker type called " + checked.name());
        }
        audit.record(AuditEntry.of(AuditActions.TRACKER_SETTINGS_CHANGED, "custom-tracker-type", id)
                .before(before.map(CustomTrackerTypes::asMap).orElse(null)).after(asMap(checked)));
        return id;
    }

    /** How many trackers (open or closed) are of the type: one in use cannot be deleted, only switched off. */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional(readOnly = true)
    public long trackersOf(UUID typeId) {
        Long count = jdbc.queryForObject("select count(*) from tracker where custom_type_id = ?", Long.class, typeId);
        return count == null ? 0 : count;
    }

    /**
     * Deletes a type no tracker uses, audited. A type in use is refused with {@link CustomTypeInUseException} and
     * nothing changes: its trackers keep their type and history, so it can only be switched off.
     */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public void delete(UUID typeId) {
        CustomTrackerType type = find(typeId)
                .orElseThrow(() -> new InvalidInputException("type", "No such tracker type"));
        long used = trackersOf(typeId);
        int deleted;
        try {
            deleted = used > 0 ? 0 : jdbc.update("""
                    delete from custom_tracker_type t where t.id = ?
                      and not exists (select 1 from tracker r where r.custom_type_id = t.id)""", typeId);
        } catch (DataIntegrityViolationException raisedMeanwhile) {
            // a tracker of the type was raised since the count: the foreign key keeps the type
            throw new CustomTypeInUseException(type.name(), Math.max(1, used));
        }
        if (deleted == 0) {
            throw new CustomTypeInUseException(type.name(), Math.max(1, used));
        }
        audit.record(AuditEntry.of(AuditActions.TRACKER_SETTINGS_CHANGED, "custom-tracker-type", typeId)
                .before(asMap(type)).after(null));
    }

    private static CustomTrackerType checked(CustomTrackerType type) {
        String name = type.name() == null ? "" : type.name().strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new InvalidInputException("name", "Give the tracker type a name of at most 80 characters");
        }
        if (type.fields().isEmpty() || type.fields().size() > MAX_FIELDS) {
            throw new InvalidInputException("fields", "A tracker type has between 1 and " + MAX_FIELDS + " fields");
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < type.fields().size(); i++) {
            CustomTrackerType.Field field = type.fields().get(i);
            String label = field.label() == null ? "" : field.label().strip();
            if (label.isEmpty() || label.length() > 60) {
                throw new InvalidInputException("fields", "Field " + (i + 1) + " needs a label of at most 60 characters");
            }
            if (field.kind() == null) {
                throw new InvalidInputException("fields", "Field " + (i + 1) + " (" + label + ") needs a kind: text or date");
            }
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("fields", "Two fields are called " + label);
            }
        }
        if (type.dueDays() < 1 || type.dueDays() > 365) {
            throw new InvalidInputException("dueDays", "Days before overdue must be between 1 and 365");
        }
        return new CustomTrackerType(type.id(), name, type.fields().stream()
                .map(field -> new CustomTrackerType.Field(field.label().strip(), field.kind(), field.required()))
                .toList(), type.usesPreAuthorisation(), type.usesRejection(), type.enabled(), type.dueDays());
    }

    private static Map<String, Object> asMap(CustomTrackerType type) {
        return Map.of("name", type.name(), "fields", JSON.writeValueAsString(type.fields()),
                "usesPreAuthorisation", type.usesPreAuthorisation(), "usesRejection", type.usesRejection(),
                "enabled", type.enabled(), "dueDays", type.dueDays());
    }

    private static final RowMapper<CustomTrackerType> ROWS = (row, n) -> new CustomTrackerType(
            row.getObject("id", UUID.class), row.getString("name"),
            JSON.readValue(row.getString("fields"), new TypeReference<List<CustomTrackerType.Field>>() {
            }), row.getBoolean("uses_pre_authorisation"), row.getBoolean("uses_rejection"),
            row.getBoolean("enabled"), row.getInt("due_days"));
}
