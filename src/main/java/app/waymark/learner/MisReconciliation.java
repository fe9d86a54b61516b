package app.waymark.learner;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The MIS round trip inside an import (decision 0029): the changed learners staged for replacement are compared, set
 * by set, with the fields Waymark changed that were still to key into the MIS. A file holding Waymark's value settles
 * the change (IN_MIS); a file prepared on or before the (UK) day of the change gets Waymark's value written over its
 * own in the staged rows (KEPT, still to key); a file prepared after it wins (SUPERSEDED). Runs before the staged rows
 * are moved into the real tables, in the import's transaction, and only when some change is still to key.
 * <p>
 * Compared: the learner's own fields; an aim's fields and LearningDeliveryFAMs ("Aim 2 ZPROG001", "New aim 5
 * ZPROG001": matched by AimSeqNumber and LearnAimRef; a FAM field is "LearningDeliveryFAM RES", its value the code)
 * and an employment status's (matched by its DateEmpStatApp, "Employment status from 03/03/2025"). A record missing
 * from the file counts as empty there; kept, the record is copied whole from Waymark when the file has none with that
 * AimSeqNumber (or date), and a kept FAM replaces the file's FAMs of its type. Other records and fields (learner
 * FAMs, employment monitoring) are not compared and stay to key (decision 0050).
 */
final class MisReconciliation {

    /** The kinds of record compared: how a change names one, and how its fields map to the staged table. */
    enum Kind {
        LEARNER("staged_replacement", fieldColumns("FamilyName", "family_name", "GivenNames", "given_names",
                "AddLine1", "add_line1", "AddLine2", "add_line2", "AddLine3", "add_line3", "AddLine4", "add_line4",
                "Postcode", "postcode", "TelNo", "tel_no", "Email", "email")),
        AIM("staged_learning_delivery", fieldColumns("LearnAimRef", "learn_aim_ref", "AimSeqNumber",
                "aim_seq_number", "AimType", "aim_type",
                "LearnStartDate", "learn_start_date", "OrigLearnStartDate", "orig_learn_start_date",
                "LearnPlanEndDate", "learn_plan_end_date", "FundModel", "fund_model", "ProgType", "prog_type",
                "StdCode", "std_code", "PHours", "p_hours", "OtjActHours", "otj_act_hours",
                "CompStatus", "comp_status", "LearnActEndDate", "learn_act_end_date",
                "WithdrawReason", "withdraw_reason", "Outcome", "outcome", "AchDate", "ach_date")),
        EMPLOYMENT("staged_employment_status", fieldColumns("DateEmpStatApp", "date_emp_stat_app",
                "EmpStat", "emp_stat", "EmpId", "emp_id"));

        private final String stagedTable;
        private final Map<String, String> columns;

        Kind(String stagedTable, Map<String, String> columns) {
            this.stagedTable = stagedTable;
            this.columns = columns;
        }

        Map<String, String> columns() {
            return columns;
        }
    }

    /** An aim's LearningDeliveryFAM, named by its type ("LearningDeliveryFAM RES"); its value is the code. */
    private static final String FAM_FIELD = "LearningDeliveryFAM ";
    private static final String FAM_TYPE = "substring(c.field from " + (FAM_FIELD.length() + 1) + ")";
    private static final String AIM_RECORD = "'^(?:New aim|Aim) ([0-9]+) (.+)$'";
    private static final String AIM_SEQ = "substring(c.record from '^(?:New aim|Aim) ([0-9]+) ')::int";
    private static final String AIM_REF = "substring(c.record from '^(?:New aim|Aim) [0-9]+ (.+)$')";
    private static final String EMPLOYMENT_RECORD = "'^Employment status from [0-9]{2}/[0-9]{2}/[0-9]{4}$'";
    private static final String EMPLOYMENT_DATE = "to_date(substring(c.record from "
            + "'^Employment status from ([0-9]{2}/[0-9]{2}/[0-9]{4})$'), 'DD/MM/YYYY')";

    private final JdbcTemplate jdbc;

    MisReconciliation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    MisRoundTrip reconcile(ImportedFile file, Instant now) {
        Boolean anyToKey = jdbc.queryForObject(
                "select exists (select 1 from learner_change_for_mis where state = 'TO_KEY')", Boolean.class);
        if (!Boolean.TRUE.equals(anyToKey)) {
            return MisRoundTrip.NONE;
        }
        Map<Kind, List<UUID>> kept = new EnumMap<>(Kind.class);
        List<MisSettlement> keptLines = new ArrayList<>();
        List<MisSettlement> supersededLines = new ArrayList<>();
        int[] keyed = new int[1];
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(settleSql());
            statement.setObject(1, file.preparedOn());
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setObject(3, file.importId());
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setObject(5, file.importId());
            return statement;
        }, row -> {
            MisSettlement line = new MisSettlement(row.getString("learn_ref_number"), row.getString("record"),
                    row.getString("field"), row.getString("waymark_value"), row.getString("file_value"),
                    row.getString("reference"));
            switch (row.getString("outcome")) {
                case "IN_MIS" -> keyed[0]++;
                case "KEPT" -> {
                    kept.computeIfAbsent(Kind.valueOf(row.getString("kind")), k -> new ArrayList<>())
                            .add(row.getObject("id", UUID.class));
                    keptLines.add(line);
                }
                default -> supersededLines.add(line);
            }
        });
        kept.forEach(this::keepWaymarkValues);
        return new MisRoundTrip(keyed[0], keptLines, supersededLines);
    }

    /**
     * Classifies every change still to key of a learner staged for replacement and settles those the file decides
     * (one statement); returns each with its outcome, in learner order.
     */
    private static String settleSql() {
        return """
                with found as (
                    select distinct on (id) * from (
                        select 'LEARNER' as kind, c.id, s.learn_ref_number, c.record, c.field,
                               c.after_value as waymark_value, %s as file_value, c.reference, c.changed_at
                        from learner_change_for_mis c join staged_replacement s on s.id = c.learner_id
                        where c.state = 'TO_KEY' and c.record = 'Learner' and c.field in (%s)
                        union all
                        select 'AIM', c.id, s.learn_ref_number, c.record, c.field, c.after_value,
                               case when c.field like '%s%%' then %s else %s end, c.reference, c.changed_at
                        from learner_change_for_mis c join staged_replacement s on s.id = c.learner_id
                        left join staged_learning_delivery f on f.learner_id = c.learner_id
                            and f.aim_seq_number = %s and f.learn_aim_ref = %s
                        where c.state = 'TO_KEY' and c.record ~ %s
                          and (c.field in (%s) or c.field like '%s%%')
                        union all
                        select 'EMPLOYMENT', c.id, s.learn_ref_number, c.record, c.field, c.after_value, %s,
                               c.reference, c.changed_at
                        from learner_change_for_mis c join staged_replacement s on s.id = c.learner_id
                        left join staged_employment_status f on f.learner_id = c.learner_id
                            and f.date_emp_stat_app = %s
                        where c.state = 'TO_KEY' and c.record ~ %s and c.field in (%s)
                    ) candidates order by id
                ), classified as (
                    select f.*, case
                        when %s is not distinct from %s then 'IN_MIS'
                        when ?::date <= (f.changed_at at time zone 'Europe/London')::date then 'KEPT'
                        else 'SUPERSEDED' end as outcome
                    from found f
                ), settled as (
                    -- these two run whether or not the select below reads them
                    update learner_change_for_mis c set state = k.outcome, settled_at = ?, settled_by_import = ?,
                        settled_value = case when k.outcome = 'SUPERSEDED' then k.file_value end
                    from classified k where c.id = k.id and k.outcome <> 'KEPT'
                    returning c.id
                ), kept as (
                    update learner_change_for_mis c set kept_at = ?, kept_by_import = ?,
                        kept_file_value = k.file_value
                    from classified k where c.id = k.id and k.outcome = 'KEPT'
                    returning c.id
                )
                select k.kind, k.id, k.learn_ref_number, k.record, k.field, k.waymark_value, k.file_value,
                       k.reference, k.outcome
                from classified k order by k.learn_ref_number, k.changed_at, k.record, k.field
                """.formatted(fileValue(Kind.LEARNER, "s"), fieldList(Kind.LEARNER),
                FAM_FIELD, famCodes("f.fams"), fileValue(Kind.AIM, "f"), AIM_SEQ, AIM_REF, AIM_RECORD,
                fieldList(Kind.AIM), FAM_FIELD,
                fileValue(Kind.EMPLOYMENT, "f"), EMPLOYMENT_DATE, EMPLOYMENT_RECORD, fieldList(Kind.EMPLOYMENT),
                comparable("f.field", "f.waymark_value"), comparable("f.field", "f.file_value"));
    }

    /** The staged value of the change's field, as text (dates as yyyy-mm-dd). */
    private static String fileValue(Kind kind, String alias) {
        return kind.columns().entrySet().stream()
                .map(entry -> "when '" + entry.getKey() + "' then " + alias + "." + entry.getValue() + "::text")
                .collect(Collectors.joining(" ", "case c.field ", " end"));
    }

    /** The codes of the change's FAM type among an aim's FAMs ({@code fams}, jsonb), as "1" or "1,2"; none as null. */
    private static String famCodes(String fams) {
        return "(select string_agg(fam->>'code', ',' order by fam->>'code') from jsonb_array_elements(" + fams
                + ") fam where fam->>'type' = " + FAM_TYPE + ")";
    }

    private static String fieldList(Kind kind) {
        return kind.columns().keySet().stream().map(field -> "'" + field + "'").collect(Collectors.joining(", "));
    }

    /**
     * The value as compared: trimmed, empty as none, a date written dd/mm/yyyy as yyyy-mm-dd; postcodes without
     * spaces in capitals, emails in lower case.
     */
    private static String comparable(String field, String value) {
        String trimmed = "nullif(btrim(" + value + "), '')";
        return "(case when " + trimmed + " ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'"
                + " then to_char(to_date(" + trimmed + ", 'DD/MM/YYYY'), 'YYYY-MM-DD')"
                + " when " + field + " = 'Postcode' then upper(replace(" + trimmed + ", ' ', ''))"
                + " when " + field + " = 'Email' then lower(" + trimmed + ")"
                + " else " + trimmed + " end)";
    }

    /**
     * Writes Waymark's current values over the file's in the staged rows, for the fields whose changes were kept.
     * Staged rows keep the file's fingerprint, so a re-import of the same file is unchanged and keeps them too.
     */
    private void keepWaymarkValues(Kind kind, List<UUID> keptChanges) {
        switch (kind) {
            case LEARNER -> update(kind, """
                    from (select learner_id, array_agg(field) as fields from learner_change_for_mis
                          where id = any(?) group by learner_id) k
                    join learner l on l.id = k.learner_id
                    where s.id = k.learner_id""", "l",
                    ", mobile_e164 = case when 'TelNo' = any(k.fields) then l.mobile_e164 else s.mobile_e164 end",
                    keptChanges);
            case AIM -> {
                // an aim the file lacks (a new one in Waymark) comes whole, unless the file uses its number
                execute("""
                        insert into staged_learning_delivery select d.* from learning_delivery d
                        join (select distinct c.learner_id, %s as seq, %s as ref from learner_change_for_mis c
                              where c.id = any(?)) k
                          on d.learner_id = k.learner_id and d.aim_seq_number = k.seq and d.learn_aim_ref = k.ref
                        where not exists (select 1 from staged_learning_delivery s
                                          where s.learner_id = d.learner_id and s.aim_seq_number = d.aim_seq_number)
                        """.formatted(AIM_SEQ, AIM_REF), keptChanges);
                update(kind, """
                        from (select c.learner_id, %s as seq, %s as ref, array_agg(c.field) as fields
                              from learner_change_for_mis c where c.id = any(?) group by 1, 2, 3) k
                        join learning_delivery d on d.learner_id = k.learner_id and d.aim_seq_number = k.seq
                            and d.learn_aim_ref = k.ref
                        where s.learner_id = k.learner_id and s.aim_seq_number = k.seq and s.learn_aim_ref = k.ref
                        """.formatted(AIM_SEQ, AIM_REF), "d", "", keptChanges);
                // a kept FAM: the file's FAMs of other types, Waymark's of the kept types
                execute("""
                        update staged_learning_delivery s set fams =
                            coalesce((select jsonb_agg(fam) from jsonb_array_elements(s.fams) fam
                                      where not (fam->>'type' = any(k.types))), '[]'::jsonb)
                            || coalesce((select jsonb_agg(fam) from jsonb_array_elements(d.fams) fam
                                         where fam->>'type' = any(k.types)), '[]'::jsonb)
                        from (select c.learner_id, %s as seq, %s as ref, array_agg(%s) as types
                              from learner_change_for_mis c where c.id = any(?) and c.field like '%s%%'
                              group by 1, 2, 3) k
                        join learning_delivery d on d.learner_id = k.learner_id and d.aim_seq_number = k.seq
                            and d.learn_aim_ref = k.ref
                        where s.learner_id = k.learner_id and s.aim_seq_number = k.seq and s.learn_aim_ref = k.ref
                        """.formatted(AIM_SEQ, AIM_REF, FAM_TYPE, FAM_FIELD), keptChanges);
                // the programme status Waymark derived from its aims, not the file's
                execute("""
                        update staged_replacement s set programme_status = l.programme_status,
                            leaving_date = l.leaving_date
                        from learner l where l.id = s.id
                          and l.id in (select learner_id from learner_change_for_mis where id = any(?))""",
                        keptChanges);
            }
            case EMPLOYMENT -> {
                execute("""
                        insert into staged_employment_status select d.* from employment_status d
                        join (select distinct c.learner_id, %s as day from learner_change_for_mis c
                              where c.id = any(?)) k
                          on d.learner_id = k.learner_id and d.date_emp_stat_app = k.day
                        where not exists (select 1 from staged_employment_status s
                                          where s.learner_id = d.learner_id
                                            and s.date_emp_stat_app = d.date_emp_stat_app)
                        """.formatted(EMPLOYMENT_DATE), keptChanges);
                update(kind, """
                        from (select c.learner_id, %s as day, array_agg(c.field) as fields
                              from learner_change_for_mis c where c.id = any(?) group by 1, 2) k
                        join employment_status d on d.learner_id = k.learner_id and d.date_emp_stat_app = k.day
                        where s.learner_id = k.learner_id and s.date_emp_stat_app = k.day
                        """.formatted(EMPLOYMENT_DATE), "d", "", keptChanges);
            }
        }
    }

    /** {@code update <staged> s set <column> = <live>.<column> when kept, ...} joined by {@code from}. */
    private void update(Kind kind, String from, String live, String extraSets, List<UUID> keptChanges) {
        String sets = kind.columns().entrySet().stream()
                .map(entry -> entry.getValue() + " = case when '" + entry.getKey() + "' = any(k.fields) then "
                        + live + "." + entry.getValue() + " else s." + entry.getValue() + " end")
                .collect(Collectors.joining(", "));
        execute("update " + kind.stagedTable + " s set " + sets + extraSets + " " + from, keptChanges);
    }

    private void execute(String sql, List<UUID> keptChanges) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("uuid", keptChanges.toArray()));
            return statement;
        });
    }

    private static Map<String, String> fieldColumns(String... fieldsAndColumns) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndColumns.length; i += 2) {
            columns.put(fieldsAndColumns[i], fieldsAndColumns[i + 1]);
        }
        return Collections.unmodifiableMap(columns);
    }
}
