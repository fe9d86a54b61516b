package app.waymark.learner;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of the programme-status changes (break, return, change of programme, withdrawal) and of a change of
 * employer: aims and employment records are otherwise written only by imports, so Hibernate maps them read-only.
 * {@link #rewrite} wraps the writes so the learner's status follows and other features' derived rows are refreshed
 * once, as the import does.
 */
@Component
class AimQueries {

    /** A new aim as a return to learning writes it. */
    record NewAim(UUID id, int aimSeqNumber, String learnAimRef, int aimType, LocalDate learnStartDate,
                  LocalDate origLearnStartDate, LocalDate learnPlanEndDate, int fundModel, Integer progType,
                  Integer stdCode, String famsJson) {
    }

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    AimQueries(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /**
     * Runs {@code writes} (the statements below) for the learner, then derives the learner's programme status and
     * leaving date from the aims as they now are, and refreshes what other features derive from the learner.
     */
    void rewrite(Learner learner, Runnable writes) {
        deferDependants(true);
        writes.run();
        learner.derivedFromAims(ProgrammeStatusRule.derive(aims(learner.id())));
        entityManager.flush();
        deferDependants(false);
        jdbc.queryForList("select refresh_learner_dependants(array[?]::uuid[])", learner.id());
    }

    /** Ends an aim (or changes how it ended); a null {@code learnActEndDate} keeps the one it has. */
    void end(UUID aimId, int compStatus, LocalDate learnActEndDate, Integer withdrawReason, int outcome) {
        jdbc.update("""
                update learning_delivery set comp_status = ?, learn_act_end_date = coalesce(?, learn_act_end_date),
                    withdraw_reason = ?, outcome = ?
                where id = ?""", compStatus, date(learnActEndDate), withdrawReason, outcome, aimId);
    }

    void insert(UUID tenantId, UUID learnerId, NewAim aim) {
        jdbc.update("""
                insert into learning_delivery (tenant_id, id, learner_id, aim_seq_number, learn_aim_ref, aim_type,
                    learn_start_date, orig_learn_start_date, learn_plan_end_date, fund_model, prog_type, std_code,
                    comp_status, fams)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                tenantId, aim.id(), learnerId, aim.aimSeqNumber(), aim.learnAimRef(), aim.aimType(),
                date(aim.learnStartDate()), date(aim.origLearnStartDate()), date(aim.learnPlanEndDate()),
                aim.fundModel(), aim.progType(), aim.stdCode(), LearnerState.CONTINUING,
                aim.famsJson());
    }

    void insertEmployment(UUID tenantId, UUID id, UUID learnerId, LocalDate from, int empStat, long empId,
                          BigDecimal weeklyHours) {
        jdbc.update("""
                insert into employment_status (tenant_id, id, learner_id, date_emp_stat_app, emp_stat, emp_id,
                    weekly_hours)
                values (?, ?, ?, ?, ?, ?, ?)""", tenantId, id, learnerId, date(from), empStat, empId, weeklyHours);
    }

    /** The learner's aims as stored now, with what {@link ProgrammeStatusRule} reads. */
    private List<LearnerRecord.Aim> aims(UUID learnerId) {
        return jdbc.query("""
                select learn_aim_ref, aim_type, aim_seq_number, learn_start_date, comp_status, learn_act_end_date,
                       fund_model, prog_type, std_code, fams::text
                from learning_delivery where learner_id = ? order by aim_seq_number""", (row, n) ->
                new LearnerRecord.Aim(row.getString(1), row.getInt(2), row.getInt(3),
                        row.getObject(4, LocalDate.class), null, null, row.getInt(7), row.getObject(8, Integer.class),
                        row.getObject(9, Integer.class), null, null, row.getInt(5), row.getObject(6, LocalDate.class),
                        null, null, null, AimFams.read(row.getString(10))), learnerId);
    }

    /** As the import does: other features' triggers leave their refresh to the one call at the end. */
    private void deferDependants(boolean deferred) {
        jdbc.queryForList("select set_config('waymark.learner_dependants', ?, true)", deferred ? "deferred" : "");
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
