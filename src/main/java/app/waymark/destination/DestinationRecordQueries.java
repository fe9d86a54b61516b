package app.waymark.destination;

import app.waymark.base.TimeOrderedIds;
import app.waymark.learner.LearnerViews;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of changing one destination record: staff records added, changed and deleted ({@link ManualDestinations}),
 * an automatic OTH-3 superseded or a flag reviewed ({@link AutomaticRecords}), a future outcome confirmed
 * ({@link FutureOutcomes}, {@link AnswerConfirmations}). Each change first locks the record,
 * and adding one locks the learner, so two people at once cannot both pass the checks.
 */
@Component
class DestinationRecordQueries {

    /** A record as it stands, read under a row lock; the staff-note and confirmation fields are null until set. */
    record LockedRecord(UUID learnerId, RecordSource source, Outcome outcome, RecordFlag flag, Instant supersededAt,
                        String supersededBy, Instant reviewedAt, String reviewedBy, Instant confirmedAt,
                        String confirmedBy) {
    }

    /** A learner's future outcome that nobody has confirmed yet. */
    record UnconfirmedFuture(UUID id, Outcome outcome) {
    }

    /** Learner data is read through the view the learner module publishes, never its table (decision 0054). */
    private static final String LEARNER = LearnerViews.PROFILE.viewName();

    private final JdbcTemplate jdbc;

    DestinationRecordQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LockedRecord> lockRecord(UUID recordId) {
        return jdbc.query("""
                select learner_id, source, out_type, out_code, start_date, end_date, collection_date,
                       answered_start_date, flag, superseded_at, superseded_by, reviewed_at, reviewed_by,
                       confirmed_at, confirmed_by
                from destination_record where id = ? for update""",
                (rs, row) -> new LockedRecord(rs.getObject("learner_id", UUID.class),
                        RecordSource.fromDatabase(rs.getString("source")),
                        new Outcome(OutcomeType.fromDatabase(rs.getString("out_type")), rs.getInt("out_code"),
                                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                                rs.getObject("collection_date", LocalDate.class),
                                rs.getObject("answered_start_date", LocalDate.class)),
                        RecordFlag.fromDatabase(rs.getString("flag")), instant(rs.getTimestamp("superseded_at")),
                        rs.getString("superseded_by"), instant(rs.getTimestamp("reviewed_at")),
                        rs.getString("reviewed_by"), instant(rs.getTimestamp("confirmed_at")),
                        rs.getString("confirmed_by")), recordId).stream().findFirst();
    }

    /** Locks the learner's row; whether they are a high-needs learner, empty when there is no such learner. */
    Optional<Boolean> lockLearnerHighNeeds(UUID learnerId) {
        List<Boolean> found = jdbc.queryForList("select high_needs from " + LEARNER + " where id = ? for update",
                Boolean.class, learnerId);
        return found.stream().findFirst().map(Boolean.TRUE::equals);
    }

    UUID insertManual(UUID learnerId, Outcome outcome, Instant now, String by) {
        UUID id = TimeOrderedIds.next();
        jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date, end_date,
                    collection_date, source, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?, ?)""", CurrentTenant.idOrNone(), id, learnerId,
                outcome.type().name(), outcome.code(), outcome.startDate(), outcome.endDate(), outcome.collectionDate(),
                Timestamp.from(now), by);
        return id;
    }

    /** Changes a staff record; its confirmation (of a future outcome) stays only when {@code keepConfirmation}. */
    void updateManual(UUID recordId, Outcome outcome, boolean keepConfirmation, Instant now, String by) {
        jdbc.update("""
                update destination_record set out_type = ?, out_code = ?, start_date = ?, end_date = ?,
                    collection_date = ?, updated_at = ?, updated_by = ?,
                    confirmed_at = case when ? then confirmed_at end, confirmed_by = case when ? then confirmed_by end
                where id = ?""", outcome.type().name(), outcome.code(), outcome.startDate(), outcome.endDate(),
                outcome.collectionDate(), Timestamp.from(now), by, keepConfirmation, keepConfirmation, recordId);
    }

    void delete(UUID recordId) {
        jdbc.update("delete from destination_record where id = ?", recordId);
    }

    /** The automatic record an invitation's closing wrote, while nobody has superseded it. */
    Optional<UUID> automaticRecordOf(UUID invitationId) {
        return jdbc.query("""
                select id from destination_record
                where invitation_id = ? and source = 'AUTOMATIC' and superseded_at is null""",
                (rs, row) -> rs.getObject("id", UUID.class), invitationId).stream().findFirst();
    }

    void supersede(UUID recordId, Instant now, String by, String reason) {
        jdbc.update("""
                update destination_record set superseded_at = ?, superseded_by = ?, supersede_reason = ?
                where id = ?""", Timestamp.from(now), by, reason, recordId);
    }

    void confirm(UUID recordId, Instant now, String by) {
        jdbc.update("update destination_record set confirmed_at = ?, confirmed_by = ? where id = ?",
                Timestamp.from(now), by, recordId);
    }

    /** The learner's future outcomes that still wait for confirmation, locked (the learner's answers may confirm). */
    List<UnconfirmedFuture> lockUnconfirmedFuture(UUID learnerId) {
        return jdbc.query("""
                select id, out_type, out_code, start_date, end_date, collection_date, answered_start_date
                from destination_record
                where learner_id = ? and start_date > collection_date and confirmed_at is null
                  and superseded_at is null
                order by start_date, id for update""",
                (rs, row) -> new UnconfirmedFuture(rs.getObject("id", UUID.class),
                        new Outcome(OutcomeType.fromDatabase(rs.getString("out_type")), rs.getInt("out_code"),
                                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                                rs.getObject("collection_date", LocalDate.class),
                                rs.getObject("answered_start_date", LocalDate.class))), learnerId);
    }

    void markReviewed(UUID recordId, Instant now, String by, String note) {
        jdbc.update("update destination_record set reviewed_at = ?, reviewed_by = ?, review_note = ? where id = ?",
                Timestamp.from(now), by, note, recordId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
