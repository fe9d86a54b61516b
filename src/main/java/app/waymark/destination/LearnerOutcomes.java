package app.waymark.destination;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A learner's destination records as outcomes, for checking new ones against them (current tenant). A superseded
 * automatic OTH-3 no longer counts (decision 0045), so it is left out and blocks nothing.
 */
@Component
class LearnerOutcomes {

    private static final UUID NONE = new UUID(0, 0);

    private final JdbcTemplate jdbc;

    LearnerOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Outcome> of(UUID learnerId) {
        return ofExcept(learnerId, null);
    }

    /** All but the record {@code except} (the one being changed); null leaves none out. */
    List<Outcome> ofExcept(UUID learnerId, UUID except) {
        return jdbc.query("""
                select out_type, out_code, start_date, end_date, collection_date, answered_start_date
                from destination_record where learner_id = ? and id <> ? and superseded_at is null""",
                (rs, row) -> new Outcome(OutcomeType.fromDatabase(rs.getString("out_type")), rs.getInt("out_code"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getObject("collection_date", LocalDate.class),
                        rs.getObject("answered_start_date", LocalDate.class)),
                learnerId, except == null ? NONE : except);
    }
}
