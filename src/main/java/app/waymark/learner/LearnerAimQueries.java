package app.waymark.learner;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** The SQL of {@link LearnerAims}: stored aims read back as the import's {@link LearnerRecord.Aim}. */
@Component
class LearnerAimQueries {

    private static final String AIM_COLUMNS = """
            d.learn_aim_ref, d.aim_type, d.aim_seq_number, d.learn_start_date, d.orig_learn_start_date,
            d.learn_plan_end_date, d.fund_model, d.prog_type, d.std_code, d.p_hours, d.otj_act_hours, d.comp_status,
            d.learn_act_end_date, d.withdraw_reason, d.outcome, d.ach_date, d.fams::text""";

    private final JdbcTemplate jdbc;

    LearnerAimQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Two single-table reads, no join: the programme's aims by learner, then those learners' names by id. A join of
     * the two tables can turn into a nested loop over both when the planner's statistics are behind an import, which
     * costs minutes at 50,000 learners; these plans do not depend on them.
     */
    void forEachInProgramme(int fundModel, int progType, Consumer<LearnerAims.LearnerWithAims> each) {
        Map<UUID, List<LearnerRecord.Aim>> aimsByLearner = new HashMap<>();
        // Most aims carry the same few FAM lists (SOF 107, ...): each distinct text is parsed once.
        Map<String, List<LearnerRecord.Fam>> famsByText = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select d.learner_id, %s
                    from learning_delivery d
                    where d.fund_model = ? or d.prog_type = ?""".formatted(AIM_COLUMNS));
            statement.setInt(1, fundModel);
            statement.setInt(2, progType);
            statement.setFetchSize(5_000);
            return statement;
        }, (ResultSet row) -> {
            aimsByLearner.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(aim(row, 2, text -> famsByText.computeIfAbsent(text, AimFams::read)));
        });
        if (aimsByLearner.isEmpty()) {
            return;
        }
        List<LearnerAims.LearnerWithAims> learners = new ArrayList<>(aimsByLearner.size());
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select id, learn_ref_number, given_names, family_name from learner where id = any(?)""");
            statement.setArray(1, connection.createArrayOf("uuid", aimsByLearner.keySet().toArray()));
            statement.setFetchSize(5_000);
            // Planned with the array's value every time: PostgreSQL then hashes the ids. From the fifth run on, the
            // driver would prepare the statement once, and its generic plan compares each learner with every id
            // in turn (50,000 learners: 0.4 s became 5 s).
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            return statement;
        }, (ResultSet row) -> {
            UUID id = row.getObject(1, UUID.class);
            List<LearnerRecord.Aim> aims = aimsByLearner.get(id);
            aims.sort(Comparator.comparingInt(LearnerRecord.Aim::aimSeqNumber));
            learners.add(new LearnerAims.LearnerWithAims(id, row.getString(2), row.getString(3), row.getString(4),
                    aims));
        });
        learners.sort(Comparator.comparing(LearnerAims.LearnerWithAims::learnRefNumber));
        learners.forEach(each);
    }

    java.util.Optional<LearnerAims.LearnerWithAims> learner(UUID learnerId) {
        return jdbc.query("select id, learn_ref_number, given_names, family_name from learner where id = ?",
                (row, n) -> new LearnerAims.LearnerWithAims(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4), aimsOf(learnerId)), learnerId).stream().findFirst();
    }

    List<LearnerRecord.Aim> aimsOf(UUID learnerId) {
        return jdbc.query("select " + AIM_COLUMNS + " from learning_delivery d where d.learner_id = ?"
                + " order by d.aim_seq_number", (row, n) -> aim(row, 1, AimFams::read), learnerId);
    }

    private static LearnerRecord.Aim aim(ResultSet row, int first,
                                         java.util.function.Function<String, List<LearnerRecord.Fam>> fams)
            throws SQLException {
        int c = first;
        return new LearnerRecord.Aim(row.getString(c), row.getInt(c + 1), row.getInt(c + 2),
                row.getObject(c + 3, LocalDate.class), row.getObject(c + 4, LocalDate.class),
                row.getObject(c + 5, LocalDate.class), row.getInt(c + 6), row.getObject(c + 7, Integer.class),
                row.getObject(c + 8, Integer.class), row.getObject(c + 9, Integer.class),
                row.getObject(c + 10, Integer.class), row.getInt(c + 11), row.getObject(c + 12, LocalDate.class),
                row.getObject(c + 13, Integer.class), row.getObject(c + 14, Integer.class),
                row.getObject(c + 15, LocalDate.class), fams.apply(Objects.requireNonNullElse(row.getString(c + 16), "")));
    }
}
