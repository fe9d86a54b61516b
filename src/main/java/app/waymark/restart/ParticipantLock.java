package app.waymark.restart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Every change that can complete the three conditions of a monitoring tracker (the participant's flag, an
 * activity's mandatory flag, an activity's outcome) first locks the participant's row. Two such changes are then
 * taken one after the other, and the second sees the first's: without it, each could see the other's condition
 * as not yet met and neither would raise the tracker.
 */
@Component
class ParticipantLock {

    private final JdbcTemplate jdbc;

    ParticipantLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the participant for the rest of the transaction; false when there is no such participant here. */
    boolean lock(UUID participantId) {
        List<UUID> found = jdbc.queryForList("select id from restart_participant where id = ? for update",
                UUID.class, participantId);
        return !found.isEmpty();
    }
}
