package app.waymark.destination;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The SQL of one learner's destination history for the learner page ({@link LearnerDestinations}). */
@Component
class LearnerHistoryQueries {

    /** A survey invitation as the learner's history lists it, before its messages' delivery is added. */
    record StoredInvitation(UUID id, LocalDate leaving, Instant sent, String by, boolean byHand, SurveyStatus status,
                            Instant opened, int reminders, Instant answered, Instant expires) {
    }

    private final JdbcTemplate jdbc;

    LearnerHistoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every record of the learner, superseded ones included, newest start first. */
    List<LearnerDestinations.DestinationRecord> records(UUID learnerId) {
        return jdbc.query("""
                select id, out_type, out_code, start_date, end_date, collection_date, answered_start_date, source,
                       flag, flag_reason, created_by, reviewed_at, reviewed_by, review_note, superseded_at,
                       superseded_by, supersede_reason, confirmed_at, confirmed_by
                from destination_record where learner_id = ? order by start_date desc, out_type""",
                (rs, row) -> new LearnerDestinations.DestinationRecord(rs.getObject("id", UUID.class), new Outcome(
                        OutcomeType.fromDatabase(rs.getString("out_type")), rs.getInt("out_code"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getObject("collection_date", LocalDate.class),
                        rs.getObject("answered_start_date", LocalDate.class)),
                        RecordSource.fromDatabase(rs.getString("source")),
                        RecordFlag.fromDatabase(rs.getString("flag")), rs.getString("flag_reason"),
                        rs.getString("created_by"),
                        note(rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at"), rs.getString("review_note")),
                        note(rs.getString("superseded_by"), rs.getTimestamp("superseded_at"),
                                rs.getString("supersede_reason")),
                        note(rs.getString("confirmed_by"), rs.getTimestamp("confirmed_at"), null)), learnerId);
    }

    /** The learner's survey invitations, newest first. */
    List<StoredInvitation> invitations(UUID learnerId) {
        return jdbc.query("""
                select id, leaving_date, sent_at, sent_by, by_hand, status, opened_at, reminders_sent, answered_at,
                       expires_at
                from survey_invitation where learner_id = ? order by sent_at desc""",
                (rs, row) -> new StoredInvitation(rs.getObject("id", UUID.class),
                        rs.getObject("leaving_date", LocalDate.class), instant(rs.getTimestamp("sent_at")),
                        rs.getString("sent_by"), rs.getBoolean("by_hand"),
                        SurveyStatus.fromDatabase(rs.getString("status")),
                        instant(rs.getTimestamp("opened_at")), rs.getInt("reminders_sent"),
                        instant(rs.getTimestamp("answered_at")), instant(rs.getTimestamp("expires_at"))), learnerId);
    }

    /** Contact details given in a survey that did not become a tracker, newest first. */
    List<LearnerDestinations.ContactDetailsNotRaised> contactDetailsNotRaised(UUID learnerId) {
        return jdbc.query("""
                select r.submitted_at, r.confirmed_email, r.confirmed_mobile, r.contact_note
                from survey_response r join survey_invitation i on i.id = r.invitation_id
                where i.learner_id = ? and r.contact_review = 'NOT_RAISED'
                order by r.submitted_at desc""",
                (rs, row) -> new LearnerDestinations.ContactDetailsNotRaised(
                        instant(rs.getTimestamp("submitted_at")), rs.getString("confirmed_email"),
                        rs.getString("confirmed_mobile"), rs.getString("contact_note")), learnerId);
    }

    private static LearnerDestinations.StaffNote note(String by, Timestamp at, String text) {
        return at == null ? null : new LearnerDestinations.StaffNote(by, at.toInstant(), text);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
