package app.waymark.bootcamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The SQL of recorded guided learning hours ({@code bootcamp_guided_hours}, release 0033). */
@Component
class HoursQueries {

    private static final String COLUMNS = """
            id, learner_id, delivered_on, hours, note, recorded_by_name, recorded_at""";

    private final JdbcTemplate jdbc;

    HoursQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RecordedHours> ofLearner(UUID learnerId) {
        return jdbc.query("select " + COLUMNS + " from bootcamp_guided_hours where learner_id = ?"
                + " order by delivered_on", (row, n) -> hours(row), learnerId);
    }

    /** Every learner's hours of the provider, for judging all bootcamp learners at once. */
    Map<UUID, List<GuidedHours>> byLearner() {
        Map<UUID, List<GuidedHours>> all = new HashMap<>();
        jdbc.query("select learner_id, delivered_on, hours from bootcamp_guided_hours", row -> {
            all.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new GuidedHours(row.getObject(2, LocalDate.class), row.getBigDecimal(3)));
        });
        return all;
    }

    Optional<RecordedHours> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from bootcamp_guided_hours where id = ?", (row, n) -> hours(row),
                id).stream().findFirst();
    }

    void insert(UUID tenantId, RecordedHours hours, UUID recordedById) {
        jdbc.update("""
                insert into bootcamp_guided_hours (tenant_id, id, learner_id, delivered_on, hours, note,
                    recorded_by_id, recorded_by_name, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", tenantId, hours.id(), hours.learnerId(), hours.deliveredOn(),
                hours.hours(), hours.note(), recordedById, hours.recordedBy(), Timestamp.from(hours.recordedAt()));
    }

    int delete(UUID id) {
        return jdbc.update("delete from bootcamp_guided_hours where id = ?", id);
    }

    private static RecordedHours hours(ResultSet row) throws SQLException {
        return new RecordedHours(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                row.getObject(3, LocalDate.class), row.getBigDecimal(4), row.getString(5), row.getString(6),
                row.getTimestamp(7).toInstant());
    }
}
