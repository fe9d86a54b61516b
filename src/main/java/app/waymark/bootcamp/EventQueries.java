package app.waymark.bootcamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of recorded events ({@code bootcamp_event}, release 0031). */
@Component
class EventQueries {

    private static final String COLUMNS = """
            id, learner_id, kind, event_date, evi_code, note, recorded_by_name, recorded_at, in_mis_at,
            in_mis_import_id""";

    private final JdbcTemplate jdbc;

    EventQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RecordedEvent> ofLearner(UUID learnerId) {
        return jdbc.query("select " + COLUMNS + " from bootcamp_event where learner_id = ?"
                + " order by event_date, recorded_at", (row, n) -> event(row), learnerId);
    }

    List<RecordedEvent> waiting() {
        return jdbc.query("select " + COLUMNS + " from bootcamp_event where in_mis_at is null"
                + " order by learner_id, event_date", (row, n) -> event(row));
    }

    Optional<RecordedEvent> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from bootcamp_event where id = ?", (row, n) -> event(row), id)
                .stream().findFirst();
    }

    void insert(UUID tenantId, RecordedEvent event, UUID recordedById) {
        jdbc.update("""
                insert into bootcamp_event (tenant_id, id, learner_id, kind, event_date, evi_code, note,
                    recorded_by_id, recorded_by_name, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tenantId, event.id(), event.learnerId(),
                event.kind().name(), event.date(), event.eviCode(), event.note(), recordedById, event.recordedBy(),
                Timestamp.from(event.recordedAt()));
    }

    /** Deletes an event still waiting for the MIS; 0 when it is gone or already in the MIS. */
    int deleteWaiting(UUID id) {
        return jdbc.update("delete from bootcamp_event where id = ? and in_mis_at is null", id);
    }

    int markInMis(UUID id, UUID importId, Instant at) {
        return jdbc.update("update bootcamp_event set in_mis_at = ?, in_mis_import_id = ? where id = ?"
                + " and in_mis_at is null", Timestamp.from(at), importId, id);
    }

    private static RecordedEvent event(ResultSet row) throws SQLException {
        Timestamp inMis = row.getTimestamp(9);
        return new RecordedEvent(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                EventKind.valueOf(row.getString(3)), row.getObject(4, LocalDate.class), row.getString(5),
                row.getString(6), row.getString(7), row.getTimestamp(8).toInstant(),
                inMis == null ? null : inMis.toInstant(), row.getObject(10, UUID.class));
    }
}
