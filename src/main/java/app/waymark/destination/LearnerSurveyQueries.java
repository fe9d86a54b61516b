package app.waymark.destination;

import app.waymark.base.TimeOrderedIds;
import app.waymark.learner.LearnerViews;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL behind a learner's survey link ({@link LearnerSurveys}): finding the survey a token opens, its answers so
 * far, recording the answers and the response, and unsubscribing with its automatic OTH-3.
 */
@Component
class LearnerSurveyQueries {

    /** Which provider's invitation a link token opens. */
    record LinkOwner(UUID tenantId, UUID invitationId) {
    }

    /** An invitation with its learner and saved answers ({@code answers} as JSON, null when none saved yet). */
    record StoredSurvey(UUID learnerId, SurveyStatus status, LocalDate leavingDate, Instant expiresAt,
                        String givenNames, boolean highNeeds, String email, String mobile, String answers) {
    }

    /** An invitation's status and link expiry, read under a row lock. */
    record LockedInvitation(SurveyStatus status, Instant expiresAt) {
    }

    /** The response row written on submission; {@code contactReview} null when the details needed nothing. */
    record SubmittedResponse(String answers, String confirmedEmail, String confirmedMobile,
                             ContactReview contactReview, UUID contactTrackerId, String contactNote,
                             String reviewedBy) {
    }

    /** Learner data is read through the view the learner module publishes, never its table (decision 0054). */
    private static final String LEARNER = LearnerViews.PROFILE.viewName();

    private final JdbcTemplate jdbc;

    LearnerSurveyQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Looked up through a narrow function that sees every provider's links by their SHA-256 only. */
    Optional<LinkOwner> linkOwner(byte[] tokenHash) {
        List<Map<String, Object>> owner = jdbc.queryForList(
                "select tenant_id, invitation_id from survey_link_lookup(?)", (Object) tokenHash);
        return owner.stream().findFirst().map(row -> new LinkOwner((UUID) row.get("tenant_id"),
                (UUID) row.get("invitation_id")));
    }

    StoredSurvey survey(UUID invitationId) {
        return jdbc.queryForObject("""
                select i.learner_id, i.status, i.leaving_date, i.expires_at, l.given_names, l.high_needs, l.email,
                       l.mobile_e164, r.answers, r.confirmed_email, r.confirmed_mobile
                from survey_invitation i join %s l on l.id = i.learner_id
                left join survey_response r on r.invitation_id = i.id
                where i.id = ?""".formatted(LEARNER), (rs, row) -> new StoredSurvey(rs.getObject("learner_id", UUID.class),
                SurveyStatus.fromDatabase(rs.getString("status")), rs.getObject("leaving_date", LocalDate.class),
                rs.getTimestamp("expires_at").toInstant(), rs.getString("given_names"), rs.getBoolean("high_needs"),
                rs.getString("email"), rs.getString("mobile_e164"), rs.getString("answers")), invitationId);
    }

    LockedInvitation lockInvitation(UUID invitationId) {
        Map<String, Object> row = jdbc.queryForMap(
                "select status, expires_at from survey_invitation where id = ? for update", invitationId);
        return new LockedInvitation(SurveyStatus.fromDatabase((String) row.get("status")),
                ((Timestamp) row.get("expires_at")).toInstant());
    }

    /** Saves the answers so far; the first save also records when the survey was opened. */
    void saveDraft(UUID tenantId, UUID invitationId, String answers, String email, String mobile, Instant now) {
        jdbc.update("""
                insert into survey_response (tenant_id, invitation_id, answers, confirmed_email, confirmed_mobile,
                    updated_at)
                values (?, ?, ?::jsonb, ?, ?, ?)
                on conflict (invitation_id) do update set answers = excluded.answers,
                    confirmed_email = excluded.confirmed_email, confirmed_mobile = excluded.confirmed_mobile,
                    updated_at = excluded.updated_at""",
                tenantId, invitationId, answers, email, mobile, Timestamp.from(now));
        jdbc.update("update survey_invitation set opened_at = coalesce(opened_at, ?) where id = ?",
                Timestamp.from(now), invitationId);
    }

    void insertSurveyRecord(UUID tenantId, UUID learnerId, UUID invitationId, Outcome outcome, Instant now,
                            String by) {
        jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    end_date, collection_date, source, invitation_id, answered_start_date, created_at,
                    created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'SURVEY', ?, ?, ?, ?)""",
                tenantId, TimeOrderedIds.next(), learnerId, outcome.type().name(), outcome.code(),
                Date.valueOf(outcome.startDate()), date(outcome.endDate()), Date.valueOf(outcome.collectionDate()),
                invitationId, date(outcome.answeredStartDate()), Timestamp.from(now), by);
    }

    /** Writes the submitted response and marks the invitation answered. */
    void submitted(UUID tenantId, UUID invitationId, SubmittedResponse response, Instant now) {
        Timestamp reviewedAt = response.contactReview() == null ? null : Timestamp.from(now);
        jdbc.update("""
                insert into survey_response (tenant_id, invitation_id, answers, confirmed_email, confirmed_mobile,
                    contact_changed, contact_review, contact_tracker_id, contact_note, contact_reviewed_at,
                    contact_reviewed_by, updated_at, submitted_at)
                values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (invitation_id) do update set answers = excluded.answers,
                    confirmed_email = excluded.confirmed_email, confirmed_mobile = excluded.confirmed_mobile,
                    contact_changed = excluded.contact_changed, contact_review = excluded.contact_review,
                    contact_tracker_id = excluded.contact_tracker_id, contact_note = excluded.contact_note,
                    contact_reviewed_at = excluded.contact_reviewed_at,
                    contact_reviewed_by = excluded.contact_reviewed_by, updated_at = excluded.updated_at,
                    submitted_at = excluded.submitted_at""",
                tenantId, invitationId, response.answers(), response.confirmedEmail(), response.confirmedMobile(),
                response.contactReview() != null,
                response.contactReview() == null ? null : response.contactReview().name(),
                response.contactTrackerId(), response.contactNote(), reviewedAt,
                response.contactReview() == null ? null : response.reviewedBy(), Timestamp.from(now),
                Timestamp.from(now));
        jdbc.update("""
                update survey_invitation set status = 'ANSWERED', answered_at = ?,
                    opened_at = coalesce(opened_at, ?) where id = ?""",
                Timestamp.from(now), Timestamp.from(now), invitationId);
    }

    void markUnsubscribed(UUID invitationId, Instant now) {
        jdbc.update("update survey_invitation set status = 'UNSUBSCRIBED', closed_at = ? where id = ?",
                Timestamp.from(now), invitationId);
    }

    /**
     * OTH-3 (the day after leaving, collected {@code today}) flagged unsubscribed, unless the learner has a
     * destination record starting after the leaving date (issue 19 rule 2) or an automatic one on that day already.
     */
    void insertUnsubscribedOth3(UUID tenantId, UUID learnerId, UUID invitationId, LocalDate leavingDate,
                                LocalDate today, Instant now, String by) {
        jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, flag, flag_reason, invitation_id, created_at, created_by)
                select ?, ?, ?, 'OTH', 3, ?, ?, 'AUTOMATIC', 'UNSUBSCRIBED',
                    'The learner unsubscribed with the survey link', ?, ?, ?
                where not exists (select 1 from destination_record d
                                  where d.learner_id = ? and d.start_date > ?)
                on conflict (tenant_id, learner_id, start_date) where source = 'AUTOMATIC' do nothing""",
                tenantId, TimeOrderedIds.next(), learnerId, Date.valueOf(leavingDate.plusDays(1)),
                Date.valueOf(today), invitationId, Timestamp.from(now), by, learnerId, Date.valueOf(leavingDate));
    }

    /** The contact details the learner's record holds now. */
    SurveyContactChange.Held heldContactDetails(UUID learnerId) {
        return jdbc.queryForObject(
                "select email, tel_no, mobile_e164 from " + LEARNER + " where id = ?",
                (rs, row) -> new SurveyContactChange.Held(rs.getString("email"), rs.getString("tel_no"),
                        rs.getString("mobile_e164")), learnerId);
    }

    /** The outcomes a submission recorded, for answering a second submission with the first's result. */
    List<Outcome> recorded(UUID invitationId) {
        return jdbc.query("""
                select out_type, out_code, start_date, end_date, collection_date, answered_start_date
                from destination_record where invitation_id = ? and source = 'SURVEY' order by start_date, out_type""",
                (rs, row) -> new Outcome(OutcomeType.fromDatabase(rs.getString("out_type")), rs.getInt("out_code"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getObject("collection_date", LocalDate.class),
                        rs.getObject("answered_start_date", LocalDate.class)), invitationId);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
