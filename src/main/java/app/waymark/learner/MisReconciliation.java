package app.waymark.learner;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The MIS round trip inside an import (decision 0029): the changed learners staged for replacement are compared, set
 * by set, with the fields Waymark changed that were still to key into the MIS. A file holding Waymark's value settles
 * the change (IN_MIS); a file prepared on or before the day of the change gets Waymark's value written over its own
 * in the staged row (KEPT, still to key); a file prepared after it wins (SUPERSEDED). Runs before the staged rows are
 * moved into the real tables, in the import's transaction.
 * <p>
 * Only the learner's own fields are compared; changes to aims and employment records stay to key (see the decision).
 */
final class MisReconciliation {

    /** The learner fields compared, by ILR name, with their columns (in the learner and the staged tables). */
    static final Map<String, String> LEARNER_COLUMNS = columns();

    enum Outcome { IN_MIS, KEPT, SUPERSEDED }

    private final JdbcTemplate jdbc;

    MisReconciliation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    MisRoundTrip reconcile(ImportedFile file, Instant now) {
        List<UUID> kept = new ArrayList<>();
        List<MisSettlement> keptLines = new ArrayList<>();
        List<MisSettlement> supersededLines = new ArrayList<>();
        int[] keyed = new int[1];
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(settleSql());
            statement.setObject(1, file.preparedOn());
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setObject(3, file.importId());
            return statement;
        }, row -> {
            Outcome outcome = Outcome.valueOf(row.getString("outcome"));
            MisSettlement line = new MisSettlement(row.getString("learn_ref_number"), row.getString("record"),
                    row.getString("field"), row.getString("waymark_value"), row.getString("file_value"),
                    row.getString("reference"));
            switch (outcome) {
                case IN_MIS -> keyed[0]++;
                case KEPT -> {
                    kept.add(row.getObject("id", UUID.class));
                    keptLines.add(line);
                }
                case SUPERSEDED -> supersededLines.add(line);
            }
        });
        if (!kept.isEmpty()) {
            keepWaymarkValues(kept);
        }
        return new MisRoundTrip(keyed[0], keptLines, supersededLines);
    }

    /**
     * Classifies every change still to key of a learner staged for replacement and settles those the file decides
     * (one statement); returns each with its outcome, in learner order.
     */
    private static String settleSql() {
        String fileValue = LEARNER_COLUMNS.entrySet().stream()
                .map(entry -> "when '" + entry.getKey() + "' then s." + entry.getValue())
                .collect(Collectors.joining(" ", "case c.field ", " end"));
        String fields = LEARNER_COLUMNS.keySet().stream().map(field -> "'" + field + "'")
                .collect(Collectors.joining(", "));
        return """
                with found as (
                    select c.id, s.learn_ref_number, c.record, c.field, c.after_value as waymark_value,
                           %s as file_value, c.reference, c.changed_at
                    from learner_change_for_mis c join staged_replacement s on s.id = c.learner_id
                    where c.state = 'TO_KEY' and c.record = 'Learner' and c.field in (%s)
                ), classified as (
                    select f.*, case
                        when %s is not distinct from %s then 'IN_MIS'
                        when ?::date <= (f.changed_at at time zone 'Europe/London')::date then 'KEPT'
                        else 'SUPERSEDED' end as outcome
                    from found f
                ), settled as (
                    -- runs whether or not the select below reads it
                    update learner_change_for_mis c set state = k.outcome, settled_at = ?, settled_by_import = ?,
                        settled_value = case when k.outcome = 'SUPERSEDED' then k.file_value end
                    from classified k where c.id = k.id and k.outcome <> 'KEPT'
                    returning c.id
                )
                select k.id, k.learn_ref_number, k.record, k.field, k.waymark_value, k.file_value, k.reference,
                       k.outcome
                from classified k order by k.learn_ref_number, k.changed_at, k.field
                """.formatted(fileValue, fields, comparable("f.field", "f.waymark_value"),
                comparable("f.field", "f.file_value"));
    }

    /** The value as compared: trimmed, empty as none; postcodes without spaces in capitals, emails in lower case. */
    private static String comparable(String field, String value) {
        return "(case " + field + " when 'Postcode' then upper(replace(nullif(btrim(" + value + "), ''), ' ', ''))"
                + " when 'Email' then lower(nullif(btrim(" + value + "), ''))"
                + " else nullif(btrim(" + value + "), '') end)";
    }

    /**
     * Writes the learner's current values over the file's in the staged rows, for the fields whose changes were
     * kept (the telephone's derived mobile number with it). The staged row keeps the file's fingerprint, so a
     * re-import of the same file is unchanged and keeps them too.
     */
    private void keepWaymarkValues(List<UUID> keptChanges) {
        StringBuilder sets = new StringBuilder();
        LEARNER_COLUMNS.forEach((field, column) -> sets.append(column).append(" = case when '").append(field)
                .append("' = any(k.fields) then l.").append(column).append(" else s.").append(column)
                .append(" end, "));
        sets.append("mobile_e164 = case when 'TelNo' = any(k.fields) then l.mobile_e164 else s.mobile_e164 end");
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    update staged_replacement s set %s
                    from (select learner_id, array_agg(field) as fields from learner_change_for_mis
                          where id = any(?) group by learner_id) k
                    join learner l on l.id = k.learner_id
                    where s.id = k.learner_id""".formatted(sets));
            statement.setArray(1, connection.createArrayOf("uuid", keptChanges.toArray()));
            return statement;
        });
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("FamilyName", "family_name");
        columns.put("GivenNames", "given_names");
        columns.put("AddLine1", "add_line1");
        columns.put("AddLine2", "add_line2");
        columns.put("AddLine3", "add_line3");
        columns.put("AddLine4", "add_line4");
        columns.put("Postcode", "postcode");
        columns.put("TelNo", "tel_no");
        columns.put("Email", "email");
        return java.util.Collections.unmodifiableMap(columns);
    }
}
