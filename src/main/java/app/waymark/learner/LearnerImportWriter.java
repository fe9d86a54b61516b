package app.waymark.learner;

import app.waymark.base.MobileNumbers;
import app.waymark.base.TimeOrderedIds;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes imported learners in batches with plain JDBC (row-level security refuses {@code COPY}; rewritten batched
 * inserts are the fast path). Learners are matched by LearnRefNumber within the current tenant; a learner whose
 * import fingerprint is unchanged is not written at all; a changed one has its aims, employment records and FAMs
 * replaced, so records that disappeared from the file are removed. Runs inside the caller's transaction.
 */
@Component
public class LearnerImportWriter {

    public record Outcome(int created, int updated, int unchanged) {
    }

    private record Existing(UUID id, byte[] fingerprint) {
    }

    private record Prepared(UUID id, LearnerRecord learner, byte[] fingerprint) {
    }

    private static final List<String> TABLES = List.of("learner", "learning_delivery", "employment_status",
            "learner_fam", "learner_contact_preference");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final Clock clock;

    LearnerImportWriter(JdbcTemplate jdbc, DataSource dataSource, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /** What an import would store as the learner's fingerprint: equal means re-importing changes nothing. */
    public static byte[] fingerprint(LearnerRecord learner) {
        return ImportFingerprint.of(learner);
    }

    /**
     * Whether the current tenant already holds every one of these learners with this fingerprint, so that importing
     * them would write nothing (learners not in the map do not matter: imports never remove learners).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean holdsUnchanged(Map<String, byte[]> fingerprints) {
        int[] matching = {0};
        jdbc.query("select learn_ref_number, import_hash from learner", row -> {
            if (Arrays.equals(fingerprints.get(row.getString(1)), row.getBytes(2))) {
                matching[0]++;
            }
        });
        return matching[0] == fingerprints.size();
    }

    /**
     * Lets PostgreSQL re-plan with the tables' real sizes; call as an import makes them grow (e.g. after batches 1,
     * 4, 16, 64), or plans cached while they were small keep scanning them whole.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshStatistics() {
        jdbc.queryForList("select refresh_learner_statistics()");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome write(List<LearnerRecord> batch) {
        UUID tenantId = CurrentTenant.idOrNone();
        Map<String, Existing> existing = existing(batch);
        List<Prepared> created = new ArrayList<>();
        List<Prepared> updated = new ArrayList<>();
        int unchanged = 0;
        for (LearnerRecord learner : batch) {
            byte[] fingerprint = ImportFingerprint.of(learner);
            Existing known = existing.get(learner.learnRefNumber());
            if (known == null) {
                created.add(new Prepared(TimeOrderedIds.next(), learner, fingerprint));
            } else if (Arrays.equals(known.fingerprint(), fingerprint)) {
                unchanged++;
            } else {
                updated.add(new Prepared(known.id(), learner, fingerprint));
            }
        }
        List<Prepared> changed = new ArrayList<>(created);
        changed.addAll(updated);
        deferDependants(true);
        prepareStaging();
        stageLearners(tenantId, changed, clock.instant());
        deleteChildren(updated);
        stageChildren(tenantId, changed);
        moveStagedRows();
        deferDependants(false);
        refreshDependants(changed);
        return new Outcome(created.size(), updated.size(), unchanged);
    }

    /**
     * Other features keep rows derived from learners and their aims with triggers after each statement (the
     * destination report's lines, decision 0014). A batch writes its learners and then their aims, so it defers
     * those triggers and refreshes each changed learner's derived rows once, at the end of the batch.
     */
    private void deferDependants(boolean deferred) {
        jdbc.queryForList("select set_config('waymark.learner_dependants', ?, true)", deferred ? "deferred" : "");
    }

    private void refreshDependants(List<Prepared> changed) {
        if (changed.isEmpty()) {
            return;
        }
        UUID[] ids = changed.stream().map(Prepared::id).toArray(UUID[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select refresh_learner_dependants(?)");
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            return statement;
        }, row -> {
        });
    }

    private Map<String, Existing> existing(List<LearnerRecord> batch) {
        String[] refs = batch.stream().map(LearnerRecord::learnRefNumber).toArray(String[]::new);
        Map<String, Existing> existing = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select learn_ref_number, id, import_hash from learner where learn_ref_number = any(?)");
            statement.setArray(1, connection.createArrayOf("text", refs));
            return statement;
        }, row -> {
            existing.put(row.getString(1), new Existing(row.getObject(2, UUID.class), row.getBytes(3)));
        });
        return existing;
    }

    /**
     * Row security refuses COPY into the real tables, but not into temporary ones: rows are copied into staging
     * tables and moved with one INSERT ... SELECT per table, which checks every row against the policy.
     */
    private void prepareStaging() {
        for (String table : TABLES) {
            jdbc.execute("create temp table if not exists staged_" + table + " (like " + table
                    + " including defaults) on commit drop");
        }
    }

    /**
     * Staged learners that exist already update their row (keeping its creation time, and contact preferences from
     * an earlier year when this file's year has none); the rest, and all staged children, are inserted.
     */
    private void moveStagedRows() {
        jdbc.update("""
                update learner l set learn_ref_number = s.learn_ref_number, uln = s.uln, family_name = s.family_name,
                    given_names = s.given_names, date_of_birth = s.date_of_birth, add_line1 = s.add_line1,
                    add_line2 = s.add_line2, add_line3 = s.add_line3, add_line4 = s.add_line4, postcode = s.postcode,
                    tel_no = s.tel_no, mobile_e164 = s.mobile_e164, email = s.email, high_needs = s.high_needs,
                    contact_preferences_year = coalesce(s.contact_preferences_year, l.contact_preferences_year),
                    leaving_date = s.leaving_date, programme_status = s.programme_status,
                    import_hash = s.import_hash, updated_at = s.updated_at, version = l.version + 1
                from staged_learner s where l.id = s.id""");
        jdbc.update("insert into learner select s.* from staged_learner s "
                + "where not exists (select 1 from learner l where l.id = s.id)");
        for (String table : TABLES.subList(1, TABLES.size())) {
            jdbc.update("insert into " + table + " select * from staged_" + table);
        }
        jdbc.execute("truncate " + String.join(", ", TABLES.stream().map(t -> "staged_" + t).toList()));
    }

    private void stageLearners(UUID tenantId, List<Prepared> learners, Instant now) {
        CopyRows rows = new CopyRows();
        for (Prepared prepared : learners) {
            LearnerRecord learner = prepared.learner();
            ProgrammeStatusRule.Derived derived = ProgrammeStatusRule.derive(learner.aims());
            rows.add(tenantId).add(prepared.id()).add(learner.learnRefNumber()).add(learner.uln())
                    .add(learner.familyName()).add(learner.givenNames()).add(learner.dateOfBirth())
                    .add(learner.addLine1()).add(learner.addLine2()).add(learner.addLine3()).add(learner.addLine4())
                    .add(learner.postcode()).add(learner.telNo())
                    .add(MobileNumbers.ukMobileE164(learner.telNo()).orElse(null)).add(learner.email())
                    .add(highNeeds(learner)).add(learner.contactPreferencesYear()).add(derived.leavingDate())
                    .add(derived.status().name()).add(prepared.fingerprint()).add(now).add(now).endRow();
        }
        copy("staged_learner", """
                tenant_id, id, learn_ref_number, uln, family_name, given_names, date_of_birth, add_line1, add_line2,
                add_line3, add_line4, postcode, tel_no, mobile_e164, email, high_needs, contact_preferences_year,
                leaving_date, programme_status, import_hash, created_at, updated_at""", rows);
    }

    private static boolean highNeeds(LearnerRecord learner) {
        return learner.learnerFams().stream().anyMatch(fam -> "HNS".equals(fam.type()) && "1".equals(fam.code()));
    }

    private void copy(String table, String columns, CopyRows rows) {
        if (rows.rows() == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(rows.text()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not stage rows for " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void deleteChildren(List<Prepared> updated) {
        if (updated.isEmpty()) {
            return;
        }
        UUID[] ids = updated.stream().map(Prepared::id).toArray(UUID[]::new);
        for (String table : List.of("learning_delivery", "employment_status", "learner_fam")) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "delete from " + table + " where learner_id = any(?)");
                statement.setArray(1, connection.createArrayOf("uuid", ids));
                return statement;
            });
        }
        UUID[] withPreferences = updated.stream().filter(p -> p.learner().contactPreferencesYear() != null)
                .map(Prepared::id).toArray(UUID[]::new);
        if (withPreferences.length > 0) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "delete from learner_contact_preference where learner_id = any(?)");
                statement.setArray(1, connection.createArrayOf("uuid", withPreferences));
                return statement;
            });
        }
    }

    private void stageChildren(UUID tenantId, List<Prepared> learners) {
        CopyRows aims = new CopyRows();
        CopyRows employment = new CopyRows();
        CopyRows fams = new CopyRows();
        CopyRows preferences = new CopyRows();
        for (Prepared prepared : learners) {
            LearnerRecord learner = prepared.learner();
            for (LearnerRecord.Aim aim : learner.aims()) {
                aims.add(tenantId).add(TimeOrderedIds.next()).add(prepared.id()).add(aim.aimSeqNumber())
                        .add(aim.learnAimRef()).add(aim.aimType()).add(aim.learnStartDate())
                        .add(aim.origLearnStartDate()).add(aim.learnPlanEndDate()).add(aim.fundModel())
                        .add(aim.progType()).add(aim.stdCode()).add(aim.pHours()).add(aim.otjActHours())
                        .add(aim.compStatus()).add(aim.learnActEndDate()).add(aim.withdrawReason()).add(aim.outcome())
                        .add(aim.achDate()).add(famsJson(aim.fams())).endRow();
            }
            for (LearnerRecord.Employment status : learner.employment()) {
                employment.add(tenantId).add(TimeOrderedIds.next()).add(prepared.id()).add(status.dateEmpStatApp())
                        .add(status.empStat()).add(status.empId()).add(json.writeValueAsString(status.monitoring()))
                        .endRow();
            }
            learner.learnerFams().stream().map(fam -> List.of(fam.type(), fam.code())).distinct().forEach(fam ->
                    fams.add(tenantId).add(prepared.id()).add(fam.get(0)).add(fam.get(1)).endRow());
            if (learner.contactPreferencesYear() != null) {
                learner.contactPreferences().stream().distinct().forEach(preference ->
                        preferences.add(tenantId).add(prepared.id()).add(preference.type()).add(preference.code())
                                .add(learner.contactPreferencesYear()).endRow());
            }
        }
        copy("staged_learning_delivery", """
                tenant_id, id, learner_id, aim_seq_number, learn_aim_ref, aim_type, learn_start_date,
                orig_learn_start_date, learn_plan_end_date, fund_model, prog_type, std_code, p_hours, otj_act_hours,
                comp_status, learn_act_end_date, withdraw_reason, outcome, ach_date, fams""", aims);
        copy("staged_employment_status",
                "tenant_id, id, learner_id, date_emp_stat_app, emp_stat, emp_id, monitoring", employment);
        copy("staged_learner_fam", "tenant_id, learner_id, fam_type, fam_code", fams);
        copy("staged_learner_contact_preference", "tenant_id, learner_id, pref_type, pref_code, ilr_year",
                preferences);
    }

    private String famsJson(List<LearnerRecord.Fam> fams) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LearnerRecord.Fam fam : fams) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", fam.type());
            row.put("code", fam.code());
            row.put("dateFrom", fam.dateFrom() == null ? null : fam.dateFrom().toString());
            row.put("dateTo", fam.dateTo() == null ? null : fam.dateTo().toString());
            rows.add(row);
        }
        return json.writeValueAsString(rows);
    }
}
