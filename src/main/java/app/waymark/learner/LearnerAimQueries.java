package app.waymark.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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

    void forEachInProgramme(int fundModel, int progType, Consumer<LearnerAims.LearnerWithAims> each) {
        UUID[] current = {null};
        String[] names = new String[3];
        List<LearnerRecord.Aim> aims = new ArrayList<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select l.id, l.learn_ref_number, l.given_names, l.family_name, %s
                    from learner l
                    join learning_delivery d on d.learner_id = l.id
                    where d.fund_model = ? or d.prog_type = ?
                    order by l.learn_ref_number, l.id, d.aim_seq_number""".formatted(AIM_COLUMNS));
            statement.setInt(1, fundModel);
            statement.setInt(2, progType);
            statement.setFetchSize(2_000);
            return statement;
        }, (ResultSet row) -> {
            UUID learner = row.getObject(1, UUID.class);
            if (!learner.equals(current[0])) {
                if (current[0] != null) {
                    each.accept(new LearnerAims.LearnerWithAims(current[0], names[0], names[1], names[2], aims));
                    aims.clear();
                }
                current[0] = learner;
                names[0] = row.getString(2);
                names[1] = row.getString(3);
                names[2] = row.getString(4);
            }
            aims.add(aim(row, 5));
        });
        if (current[0] != null) {
            each.accept(new LearnerAims.LearnerWithAims(current[0], names[0], names[1], names[2], aims));
        }
    }

    List<LearnerRecord.Aim> aimsOf(UUID learnerId) {
        return jdbc.query("select " + AIM_COLUMNS + " from learning_delivery d where d.learner_id = ?"
                + " order by d.aim_seq_number", (row, n) -> aim(row, 1), learnerId);
    }

    private static LearnerRecord.Aim aim(ResultSet row, int first) throws SQLException {
        int c = first;
        return new LearnerRecord.Aim(row.getString(c), row.getInt(c + 1), row.getInt(c + 2),
                row.getObject(c + 3, LocalDate.class), row.getObject(c + 4, LocalDate.class),
                row.getObject(c + 5, LocalDate.class), row.getInt(c + 6), row.getObject(c + 7, Integer.class),
                row.getObject(c + 8, Integer.class), row.getObject(c + 9, Integer.class),
                row.getObject(c + 10, Integer.class), row.getInt(c + 11), row.getObject(c + 12, LocalDate.class),
                row.getObject(c + 13, Integer.class), row.getObject(c + 14, Integer.class),
                row.getObject(c + 15, LocalDate.class), AimFams.read(row.getString(c + 16)));
    }
}
