package app.waymark.learner;

import app.waymark.base.TimeOrderedIds;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * One import's learners on their way into the current tenant, in two steps inside the caller's transaction.
 * {@link #stage} sorts each batch into new, changed and unchanged learners (by LearnRefNumber and import fingerprint)
 * and copies the rows of the new and changed ones into temporary tables, which nobody else sees and which go with
 * the transaction: nothing real is written while the file is still being checked. {@link #apply} then moves all
 * that was staged into the real tables with a few set-based statements; a changed learner has its aims, employment
 * records and FAMs replaced, so records that disappeared from the file are removed.
 * Obtained from {@link LearnerImportWriter#begin()}; not thread-safe.
 */
public final class StagedLearnerImport {

    /** How many steps {@link #apply} reports. */
    public static final int APPLY_STEPS = 5;

    /** Learners new, changed and unchanged, and what the changed ones did to fields still to key into the MIS. */
    public record Outcome(int created, int updated, int unchanged, MisRoundTrip mis) {
    }

    private record Existing(UUID id, byte[] fingerprint) {
    }

    static final List<String> CHILD_TABLES = List.of("learning_delivery", "employment_status", "learner_fam",
            "learner_contact_preference");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ImportRows rows;
    private final Clock clock;
    private MisRoundTrip mis = MisRoundTrip.NONE;
    private int created;
    private int updated;
    private int unchanged;

    StagedLearnerImport(JdbcTemplate jdbc, DataSource dataSource, ImportRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.rows = rows;
        this.clock = clock;
        // staged_learner holds new learners, staged_replacement the changed ones (with their existing ids)
        for (String table : List.of("learner", "replacement")) {
            jdbc.execute("create temp table staged_" + table + " (like learner including defaults) on commit drop");
        }
        for (String table : CHILD_TABLES) {
            jdbc.execute("create temp table staged_" + table + " (like " + table + " including defaults)"
                    + " on commit drop");
        }
    }

    /** Stages the new and changed learners of this batch (learners appear once per import). */
    public void stage(List<LearnerRecord> batch) {
        Map<String, Existing> existing = existing(batch);
        ImportRows.Batch staged = rows.batch();
        for (LearnerRecord learner : batch) {
            byte[] fingerprint = ImportFingerprint.of(learner);
            Existing known = existing.get(learner.learnRefNumber());
            if (known == null) {
                staged.learner(TimeOrderedIds.next(), learner, fingerprint, false);
                created++;
            } else if (Arrays.equals(known.fingerprint(), fingerprint)) {
                unchanged++;
            } else {
                staged.learner(known.id(), learner, fingerprint, true);
                updated++;
            }
        }
        copy("staged_learner", ImportRows.LEARNER_COLUMNS, staged.created());
        copy("staged_replacement", ImportRows.LEARNER_COLUMNS, staged.replacements());
        copy("staged_learning_delivery", ImportRows.AIM_COLUMNS, staged.aims());
        copy("staged_employment_status", ImportRows.EMPLOYMENT_COLUMNS, staged.employment());
        copy("staged_learner_fam", ImportRows.FAM_COLUMNS, staged.fams());
        copy("staged_learner_contact_preference", ImportRows.PREFERENCE_COLUMNS, staged.preferences());
    }

    /** What {@link #apply} does (or did): learners staged as new, staged as changed, and left as they are. */
    public Outcome outcome() {
        return new Outcome(created, updated, unchanged, mis);
    }

    /**
     * Writes everything staged into the real tables; {@code stepDone} hears each of the {@link #APPLY_STEPS} steps
     * as it ends. Derived rows of other features (the destination report's lines, decision 0014) are refreshed once
     * at the end, not by their triggers after every statement. First, changed learners' fields that Waymark changed
     * and the MIS did not hold yet are settled against {@code file} (decision 0029): Waymark's value is kept over a
     * file prepared before the change.
     */
    public void apply(ImportedFile file, IntConsumer stepDone) {
        if (created + updated == 0) {
            return;
        }
        deferDependants(true);
        if (updated > 0) {
            mis = new MisReconciliation(jdbc).reconcile(file, clock.instant());
            replaceChangedLearners();
        }
        stepDone.accept(1);
        if (created > 0) {
            jdbc.update("insert into learner select * from staged_learner");
            // the foreign-key checks of the children below are planned with the learner table's real size
            jdbc.queryForList("select refresh_learner_statistics()");
        }
        stepDone.accept(2);
        jdbc.update("insert into learning_delivery select * from staged_learning_delivery");
        stepDone.accept(3);
        for (String table : CHILD_TABLES.subList(1, CHILD_TABLES.size())) {
            jdbc.update("insert into " + table + " select * from staged_" + table);
        }
        stepDone.accept(4);
        deferDependants(false);
        jdbc.queryForList("select refresh_learner_dependants(array("
                + "select id from staged_learner union all select id from staged_replacement))");
        stepDone.accept(5);
    }

    /**
     * Changed learners update their row (keeping its creation time, and contact preferences from an earlier year
     * when this file's year has none) and lose the records the staged ones replace; an employment record the file
     * holds again keeps the paid hours a week Waymark recorded for it (the ILR has no field for them).
     */
    private void replaceChangedLearners() {
        jdbc.update("""
                update learner l set learn_ref_number = s.learn_ref_number, uln = s.uln, family_name = s.family_name,
                    given_names = s.given_names, date_of_birth = s.date_of_birth, add_line1 = s.add_line1,
                    add_line2 = s.add_line2, add_line3 = s.add_line3, add_line4 = s.add_line4, postcode = s.postcode,
                    tel_no = s.tel_no, mobile_e164 = s.mobile_e164, email = s.email, high_needs = s.high_needs,
                    contact_preferences_year = coalesce(s.contact_preferences_year, l.contact_preferences_year),
                    leaving_date = s.leaving_date, programme_status = s.programme_status,
                    import_hash = s.import_hash, updated_at = s.updated_at, version = l.version + 1
                from staged_replacement s where l.id = s.id""");
        // the paid hours a week come from trackers, never from the file: a record the file still holds keeps them
        jdbc.update("""
                update staged_employment_status s set weekly_hours = e.weekly_hours
                from employment_status e
                where e.learner_id = s.learner_id and e.date_emp_stat_app = s.date_emp_stat_app
                  and s.weekly_hours is null and e.weekly_hours is not null""");
        for (String table : CHILD_TABLES.subList(0, 3)) {
            jdbc.update("delete from " + table + " where learner_id in (select id from staged_replacement)");
        }
        jdbc.update("delete from learner_contact_preference where learner_id in "
                + "(select id from staged_replacement where contact_preferences_year is not null)");
    }

    /**
     * Other features keep rows derived from learners and their aims with triggers after each statement; while
     * deferred (transaction-local), those triggers leave it to {@code refresh_learner_dependants}.
     */
    private void deferDependants(boolean deferred) {
        jdbc.queryForList("select set_config('waymark.learner_dependants', ?, true)", deferred ? "deferred" : "");
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

    /** Row security refuses COPY into the real tables, but not into temporary ones. */
    private void copy(String table, String columns, CopyRows copyRows) {
        if (copyRows.rows() == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(copyRows.text()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not stage rows for " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
