package app.waymark.learner;

import app.waymark.base.db.ArrayParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The SQL of the list to key into the MIS (table {@code learner_change_for_mis}), in the current tenant. */
@Component
class MisChangeQueries {

    private static final String SELECT = """
            select c.id, c.learner_id, l.learn_ref_number, concat_ws(' ', l.given_names, l.family_name) as name,
                   c.record, c.field, c.before_value, c.after_value, c.reference, c.changed_at, c.changed_by,
                   c.state, c.settled_at, c.settled_by, c.settled_by_import, c.settled_value, c.kept_at,
                   c.kept_by_import, c.kept_file_value
            from learner_change_for_mis c join learner l on l.id = c.learner_id
            """;

    private static final RowMapper<MisChange> ROW = (rs, row) -> new MisChange(rs.getObject("id", UUID.class),
            rs.getObject("learner_id", UUID.class), rs.getString("learn_ref_number"), rs.getString("name"),
            rs.getString("record"), rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"),
            rs.getString("reference"), instant(rs.getTimestamp("changed_at")), rs.getString("changed_by"),
            MisState.valueOf(rs.getString("state")), instant(rs.getTimestamp("settled_at")),
            rs.getString("settled_by"), rs.getObject("settled_by_import", UUID.class),
            rs.getString("settled_value"), instant(rs.getTimestamp("kept_at")),
            rs.getObject("kept_by_import", UUID.class), rs.getString("kept_file_value"));

    private final JdbcTemplate jdbc;

    MisChangeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each applied field as a change to key; earlier changes of the same field not yet keyed are superseded. */
    void insert(UUID tenantId, UUID learnerId, List<FieldChange> fields, String reference, Instant changedAt,
                UUID changedById, String changedBy) {
        Timestamp at = Timestamp.from(changedAt);
        jdbc.update(ArrayParameters.statement("""
                update learner_change_for_mis set state = 'SUPERSEDED', settled_at = ?, settled_by = ?
                where learner_id = ? and state = 'TO_KEY'
                  and (record, field) in (select * from unnest(?::text[], ?::text[]))""",
                List.of(at, reference, learnerId), fields.stream().map(FieldChange::record).toArray(String[]::new),
                fields.stream().map(FieldChange::field).toArray(String[]::new)));
        jdbc.batchUpdate("""
                insert into learner_change_for_mis (tenant_id, id, learner_id, record, field, before_value,
                    after_value, reference, changed_at, changed_by_id, changed_by, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TO_KEY')""",
                fields.stream().map(field -> new Object[]{tenantId, app.waymark.base.TimeOrderedIds.next(),
                        learnerId, field.record(), field.field(), field.before(), field.after(), reference, at,
                        changedById, changedBy}).toList());
    }

    List<MisChange> find(MisChangeFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(SELECT + where.sql() + " order by c.changed_at desc, l.learn_ref_number, c.record, c.field"
                + " limit ? offset ?", ROW, arguments.toArray());
    }

    long count(MisChangeFilter filter) {
        Where where = where(filter);
        Long count = jdbc.queryForObject("select count(*) from learner_change_for_mis c join learner l"
                + " on l.id = c.learner_id " + where.sql(), Long.class, where.arguments().toArray());
        return count == null ? 0 : count;
    }

    /** Every change the filter selects, oldest learner first, then record and field (the export's order). */
    void forEach(MisChangeFilter filter, Consumer<MisChange> consumer) {
        Where where = where(filter);
        RowCallbackHandler handler = rs -> consumer.accept(ROW.mapRow(rs, 0));
        jdbc.query(SELECT + where.sql() + " order by l.learn_ref_number, c.changed_at, c.record, c.field", handler,
                where.arguments().toArray());
    }

    Optional<MisChange> byId(UUID id) {
        return jdbc.query(SELECT + " where c.id = ?", ROW, id).stream().findFirst();
    }

    List<MisChange> ofReference(String reference) {
        return jdbc.query(SELECT + " where c.reference = ? order by c.changed_at, c.record, c.field", ROW,
                reference);
    }

    /** Settles a change still to key as in the MIS; false when it was not to key (any more). */
    boolean markInMis(UUID id, Instant at, String by) {
        return jdbc.update("update learner_change_for_mis set state = 'IN_MIS', settled_at = ?, settled_by = ?"
                + " where id = ? and state = 'TO_KEY'", Timestamp.from(at), by, id) == 1;
    }

    private record Where(String sql, List<Object> arguments) {
    }

    private static Where where(MisChangeFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (filter.state() != null) {
            conditions.add("c.state = ?");
            arguments.add(filter.state().name());
        }
        if (filter.search() != null) {
            String like = "%" + filter.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add("(l.learn_ref_number ilike ? or concat_ws(' ', l.given_names, l.family_name) ilike ?"
                    + " or c.reference ilike ?)");
            arguments.add(like);
            arguments.add(like);
            arguments.add(like);
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), arguments);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
