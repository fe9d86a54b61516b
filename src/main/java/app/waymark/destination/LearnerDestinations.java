package app.waymark.destination;

import app.waymark.base.security.Permission;
import app.waymark.notification.MessageStatuses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One learner's destination records and survey history, for the learner page. */
@Service
@PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
public class LearnerDestinations {

    /**
     * One record as the learner's history shows it. {@code reviewed} is set once staff reviewed its flag;
     * {@code superseded} once staff superseded an automatic OTH-3 (it then no longer counts as a destination).
     */
    public record DestinationRecord(UUID id, Outcome outcome, String source, String flag, String flagReason,
                                    String createdBy, StaffNote reviewed, StaffNote superseded) {

        public boolean automatic() {
            return "AUTOMATIC".equals(source);
        }

        /** An automatic OTH-3 that still counts. */
        public boolean supersedable() {
            return automatic() && superseded == null;
        }

        /** Flagged, still counting, and nobody has reviewed it yet. */
        public boolean awaitingReview() {
            return flag != null && superseded == null && reviewed == null;
        }
    }

    /** Who did something to a record, when, and what they wrote (a review's note, a supersession's reason). */
    public record StaffNote(String by, Instant at, String text) {
    }

    public record InvitationHistory(UUID id, LocalDate leavingDate, Instant sentAt, String sentBy, boolean byHand,
                                    String status, Instant openedAt, int remindersSent, Instant answeredAt,
                                    Instant expiresAt, List<MessageStatuses.Status> messages) {
    }

    /**
     * Contact details the learner gave in a survey that did not become a change-of-contact-details tracker, and why
     * (decision 0035); {@code email} and {@code mobile} as the learner typed them, blank when they left the box empty.
     */
    public record ContactDetailsNotRaised(Instant submittedAt, String email, String mobile, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final MessageStatuses messageStatuses;

    LearnerDestinations(JdbcTemplate jdbc, MessageStatuses messageStatuses) {
        this.jdbc = jdbc;
        this.messageStatuses = messageStatuses;
    }

    @Transactional(readOnly = true)
    public List<DestinationRecord> records(UUID learnerId) {
        return jdbc.query("""
                select id, out_type, out_code, start_date, end_date, collection_date, answered_start_date, source,
                       flag, flag_reason, created_by, reviewed_at, reviewed_by, review_note, superseded_at,
                       superseded_by, supersede_reason
                from destination_record where learner_id = ? order by start_date desc, out_type""",
                (rs, row) -> new DestinationRecord(rs.getObject("id", UUID.class), new Outcome(
                        rs.getString("out_type"), rs.getInt("out_code"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getObject("collection_date", LocalDate.class),
                        rs.getObject("answered_start_date", LocalDate.class)), rs.getString("source"),
                        rs.getString("flag"), rs.getString("flag_reason"), rs.getString("created_by"),
                        note(rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at"), rs.getString("review_note")),
                        note(rs.getString("superseded_by"), rs.getTimestamp("superseded_at"),
                                rs.getString("supersede_reason"))), learnerId);
    }

    @Transactional(readOnly = true)
    public List<InvitationHistory> invitations(UUID learnerId) {
        record Row(UUID id, LocalDate leaving, Instant sent, String by, boolean byHand, String status, Instant opened,
                   int reminders, Instant answered, Instant expires) {
        }
        List<Row> rows = jdbc.query("""
                select id, leaving_date, sent_at, sent_by, by_hand, status, opened_at, reminders_sent, answered_at,
                       expires_at
                from survey_invitation where learner_id = ? order by sent_at desc""",
                (rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getObject("leaving_date", LocalDate.class),
                        instant(rs.getTimestamp("sent_at")), rs.getString("sent_by"), rs.getBoolean("by_hand"),
                        rs.getString("status"), instant(rs.getTimestamp("opened_at")), rs.getInt("reminders_sent"),
                        instant(rs.getTimestamp("answered_at")), instant(rs.getTimestamp("expires_at"))), learnerId);
        return rows.stream().map(row -> {
            List<String> purposes = List.of("survey-invitation:" + row.id(), "survey-reminder:" + row.id() + ":1",
                    "survey-reminder:" + row.id() + ":2");
            return new InvitationHistory(row.id(), row.leaving(), row.sent(), row.by(), row.byHand(), row.status(),
                    row.opened(), row.reminders(), row.answered(), row.expires(),
                    messageStatuses.forPurposes(purposes));
        }).toList();
    }

    /** Newest first. Those that did become trackers are on the learner's Trackers tab. */
    @Transactional(readOnly = true)
    public List<ContactDetailsNotRaised> contactDetailsNotRaised(UUID learnerId) {
        return jdbc.query("""
                select r.submitted_at, r.confirmed_email, r.confirmed_mobile, r.contact_note
                from survey_response r join survey_invitation i on i.id = r.invitation_id
                where i.learner_id = ? and r.contact_review = 'NOT_RAISED'
                order by r.submitted_at desc""",
                (rs, row) -> new ContactDetailsNotRaised(instant(rs.getTimestamp("submitted_at")),
                        rs.getString("confirmed_email"), rs.getString("confirmed_mobile"),
                        rs.getString("contact_note")), learnerId);
    }

    private static StaffNote note(String by, Timestamp at, String text) {
        return at == null ? null : new StaffNote(by, at.toInstant(), text);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
