package app.waymark.learner;

import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
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

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    LearnerImportWriter(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
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
                created.add(new Prepared(UUID.randomUUID(), learner, fingerprint));
            } else if (Arrays.equals(known.fingerprint(), fingerprint)) {
                unchanged++;
            } else {
                updated.add(new Prepared(known.id(), learner, fingerprint));
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        insertLearners(tenantId, created, now);
        updateLearners(updated, now);
        List<Prepared> changed = new ArrayList<>(created);
        changed.addAll(updated);
        deleteChildren(updated);
        insertChildren(tenantId, changed);
        return new Outcome(created.size(), updated.size(), unchanged);
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

    private void insertLearners(UUID tenantId, List<Prepared> learners, Timestamp now) {
        jdbc.batchUpdate("""
                insert into learner (tenant_id, id, learn_ref_number, uln, family_name, given_names, date_of_birth,
                    add_line1, add_line2, add_line3, add_line4, postcode, tel_no, mobile_e164, email, high_needs,
                    contact_preferences_year, leaving_date, programme_status, import_hash, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", learners, 500,
                (statement, prepared) -> {
                    statement.setObject(1, tenantId);
                    statement.setObject(2, prepared.id());
                    int next = setLearnerFields(statement, 3, prepared);
                    statement.setTimestamp(next, now);
                    statement.setTimestamp(next + 1, now);
                });
    }

    private void updateLearners(List<Prepared> learners, Timestamp now) {
        jdbc.batchUpdate("""
                update learner set learn_ref_number = ?, uln = ?, family_name = ?, given_names = ?, date_of_birth = ?,
                    add_line1 = ?, add_line2 = ?, add_line3 = ?, add_line4 = ?, postcode = ?, tel_no = ?,
                    mobile_e164 = ?, email = ?, high_needs = ?,
                    contact_preferences_year = coalesce(?, contact_preferences_year), leaving_date = ?,
                    programme_status = ?, import_hash = ?, updated_at = ?, version = version + 1
                where id = ?""", learners, 500, (statement, prepared) -> {
            int next = setLearnerFields(statement, 1, prepared);
            statement.setTimestamp(next, now);
            statement.setObject(next + 1, prepared.id());
        });
    }

    /** Sets the imported columns from {@code first} on, in the order of the statements above; returns the next. */
    private static int setLearnerFields(PreparedStatement statement, int first, Prepared prepared)
            throws SQLException {
        LearnerRecord learner = prepared.learner();
        ProgrammeStatusRule.Derived derived = ProgrammeStatusRule.derive(learner.aims());
        int i = first;
        statement.setString(i++, learner.learnRefNumber());
        statement.setString(i++, learner.uln());
        statement.setString(i++, learner.familyName());
        statement.setString(i++, learner.givenNames());
        setDate(statement, i++, learner.dateOfBirth());
        statement.setString(i++, learner.addLine1());
        statement.setString(i++, learner.addLine2());
        statement.setString(i++, learner.addLine3());
        statement.setString(i++, learner.addLine4());
        statement.setString(i++, learner.postcode());
        statement.setString(i++, learner.telNo());
        statement.setString(i++, MobileNumbers.ukMobileE164(learner.telNo()).orElse(null));
        statement.setString(i++, learner.email());
        statement.setBoolean(i++, learner.learnerFams().stream()
                .anyMatch(fam -> "HNS".equals(fam.type()) && "1".equals(fam.code())));
        statement.setString(i++, learner.contactPreferencesYear());
        setDate(statement, i++, derived.leavingDate());
        statement.setString(i++, derived.status().name());
        statement.setBytes(i++, prepared.fingerprint());
        return i;
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

    private void insertChildren(UUID tenantId, List<Prepared> learners) {
        List<Object[]> aims = new ArrayList<>();
        List<Object[]> employment = new ArrayList<>();
        List<Object[]> fams = new ArrayList<>();
        List<Object[]> preferences = new ArrayList<>();
        for (Prepared prepared : learners) {
            LearnerRecord learner = prepared.learner();
            for (LearnerRecord.Aim aim : learner.aims()) {
                aims.add(new Object[]{tenantId, UUID.randomUUID(), prepared.id(), aim.aimSeqNumber(), aim.learnAimRef(), aim.aimType(),
                        date(aim.learnStartDate()), date(aim.origLearnStartDate()), date(aim.learnPlanEndDate()),
                        aim.fundModel(), aim.progType(), aim.stdCode(), aim.pHours(), aim.otjActHours(),
                        aim.compStatus(), date(aim.learnActEndDate()), aim.withdrawReason(), aim.outcome(),
                        date(aim.achDate()), famsJson(aim.fams())});
            }
            for (LearnerRecord.Employment status : learner.employment()) {
                employment.add(new Object[]{tenantId, UUID.randomUUID(), prepared.id(), date(status.dateEmpStatApp()), status.empStat(),
                        status.empId(), json.writeValueAsString(status.monitoring())});
            }
            learner.learnerFams().stream().distinct().forEach(fam ->
                    fams.add(new Object[]{tenantId, prepared.id(), fam.type(), fam.code()}));
            if (learner.contactPreferencesYear() != null) {
                learner.contactPreferences().stream().distinct().forEach(preference -> preferences.add(new Object[]{
                        tenantId, prepared.id(), preference.type(), preference.code(),
                        learner.contactPreferencesYear()}));
            }
        }
        jdbc.batchUpdate("""
                insert into learning_delivery (tenant_id, id, learner_id, aim_seq_number, learn_aim_ref, aim_type,
                    learn_start_date, orig_learn_start_date, learn_plan_end_date, fund_model, prog_type, std_code,
                    p_hours, otj_act_hours, comp_status, learn_act_end_date, withdraw_reason, outcome, ach_date, fams)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", aims,
                new int[]{Types.OTHER, Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.DATE,
                        Types.DATE, Types.DATE, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
                        Types.INTEGER, Types.INTEGER, Types.DATE, Types.INTEGER, Types.INTEGER, Types.DATE,
                        Types.VARCHAR});
        jdbc.batchUpdate("""
                insert into employment_status (tenant_id, id, learner_id, date_emp_stat_app, emp_stat, emp_id,
                    monitoring)
                values (?, ?, ?, ?, ?, ?, ?::jsonb)""", employment,
                new int[]{Types.OTHER, Types.OTHER, Types.OTHER, Types.DATE, Types.INTEGER, Types.BIGINT, Types.VARCHAR});
        jdbc.batchUpdate("insert into learner_fam (tenant_id, learner_id, fam_type, fam_code) values (?, ?, ?, ?)",
                fams, new int[]{Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR});
        jdbc.batchUpdate("""
                insert into learner_contact_preference (tenant_id, learner_id, pref_type, pref_code, ilr_year)
                values (?, ?, ?, ?, ?)""", preferences,
                new int[]{Types.OTHER, Types.OTHER, Types.VARCHAR, Types.INTEGER, Types.VARCHAR});
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

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }
}
