package app.waymark.destination;

import app.waymark.base.db.ArrayParameters;
import app.waymark.base.TimeOrderedIds;
import app.waymark.learner.LearnerViews;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of the daily survey run and of sending one survey by hand ({@link SurveyDispatch}): candidates from the
 * {@code survey_candidate} view, invitations, links, reminders, closing unanswered surveys and the automatic OTH-3.
 * Bulk writes go as one statement over {@code unnest} arrays (decision 0012); the text was tuned for the dispatch
 * benchmark (decision 0049), so change it only with a new measurement.
 */
@Component
class SurveyDispatchQueries {

    /** An invitation to write: its id, the learner and leaving date it is for, and the channels it goes by. */
    record NewInvitation(UUID id, UUID learnerId, LocalDate leavingDate, String channels) {
    }

    /** A survey link to write: the token's SHA-256 (hex), its invitation and the message it went in. */
    record NewLink(String tokenHashHex, UUID invitationId, String purpose) {
    }

    /** An unanswered invitation due a reminder, with the learner as the contact rule must see them now. */
    record DueReminder(UUID invitationId, Instant expiresAt, SurveyCandidate candidate) {
    }

    /** A survey candidate's columns from the learner module's contact rules ({@code c}, decision 0054). */
    private static final String CANDIDATE_COLUMNS = """
            c.learner_id, c.leaving_date, c.given_names, c.email, c.mobile_e164, c.rui, c.pmc,
            '%1$s' = any(c.email_suppressed_for) as email_suppressed,
            '%1$s' = any(c.sms_suppressed_for) as sms_suppressed""".formatted(LearnerSurveys.SUPPRESSION_PURPOSE);

    /** Learners who completed or withdrew and have left: the only ones a survey is for. */
    private static final String LEFT = " c.leaving_date is not null and c.programme_status in ('COMPLETED', 'WITHDRAWN') ";

    private static final String CONTACT_RULES = LearnerViews.CONTACT_RULES.viewName();

    /** Survey candidates; append {@code and ...} conditions. */
    private static final String CANDIDATES = "select " + CANDIDATE_COLUMNS + " from " + CONTACT_RULES + " c where"
            + LEFT;

    private static final RowMapper<SurveyCandidate> CANDIDATE = (rs, row) -> new SurveyCandidate(
            rs.getObject("learner_id", UUID.class), rs.getObject("leaving_date", LocalDate.class),
            rs.getString("given_names"), rs.getString("email"), rs.getString("mobile_e164"),
            codes(rs.getArray("rui")), codes(rs.getArray("pmc")), rs.getBoolean("email_suppressed"),
            rs.getBoolean("sms_suppressed"));

    private final JdbcTemplate jdbc;

    SurveyDispatchQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One survey run or hand send per provider at a time (until the transaction ends), on every node. */
    void lockTenantsSurveys() {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended('survey-dispatch:' || ?, 0))",
                CurrentTenant.idOrNone().toString());
    }

    /** The learner as a survey candidate; empty when they have not left. */
    List<SurveyCandidate> candidate(UUID learnerId) {
        return jdbc.query(CANDIDATES + " and c.learner_id = ?", CANDIDATE, learnerId);
    }

    /** When surveys for this leaving date were sent already (none: empty). */
    List<Timestamp> sentFor(UUID learnerId, LocalDate leavingDate) {
        return jdbc.queryForList("""
                select sent_at from survey_invitation where learner_id = ? and leaving_date = ?""",
                Timestamp.class, learnerId, leavingDate);
    }

    /**
     * Learners who left from {@code trackedFrom} to {@code leftBy} with no survey for this leaving date and no
     * destination record starting after it.
     */
    List<SurveyCandidate> toInvite(LocalDate leftBy, LocalDate trackedFrom) {
        return jdbc.query(CANDIDATES + """
                 and c.leaving_date <= ? and c.leaving_date >= ?
                  and not exists (select 1 from survey_invitation i
                                  where i.learner_id = c.learner_id and i.leaving_date = c.leaving_date)
                  and not exists (select 1 from destination_record d
                                  where d.learner_id = c.learner_id and d.start_date > c.leaving_date)""",
                CANDIDATE, leftBy, trackedFrom);
    }

    /** Unanswered invitations with {@code remindersSent} reminders, sent at least {@code days} ago, link working. */
    List<DueReminder> remindersDue(int remindersSent, int days, LocalDate today, Instant now) {
        return jdbc.query("select i.id, i.expires_at, " + CANDIDATE_COLUMNS + " from survey_invitation i join "
                        + CONTACT_RULES + " c on c.learner_id = i.learner_id where" + LEFT + """
                 and i.status = 'SENT' and i.reminders_sent = ?
                  and (i.sent_at at time zone 'Europe/London')::date + ? <= ? and i.expires_at > ?""",
                (rs, row) -> new DueReminder(rs.getObject("id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(), CANDIDATE.mapRow(rs, row)),
                remindersSent, days, today, Timestamp.from(now));
    }

    void markReminded(List<UUID> invitationIds, int remindersSent, Instant now) {
        jdbc.update(ArrayParameters.statement("""
                update survey_invitation set reminders_sent = ?, last_reminder_at = ?
                where id in (select u.id::uuid from unnest(?::text[]) as u(id))""",
                List.of(remindersSent, Timestamp.from(now)),
                invitationIds.stream().map(UUID::toString).toArray(String[]::new)));
    }

    /**
     * Closes surveys still unanswered {@code nonResponseDays} after sending as {@link SurveyStatus#NO_RESPONSE}; each
     * closed one becomes an OTH-3 to record, with {@code reason}.
     */
    List<SurveyDispatch.AutomaticOutcome> closeUnanswered(Instant now, int nonResponseDays, LocalDate today,
                                                          String reason) {
        return jdbc.query("""
                update survey_invitation set status = 'NO_RESPONSE', closed_at = ?
                where status = 'SENT' and (sent_at at time zone 'Europe/London')::date + ? <= ?
                returning id, learner_id, leaving_date""",
                (rs, row) -> new SurveyDispatch.AutomaticOutcome(rs.getObject("learner_id", UUID.class),
                        rs.getObject("leaving_date", LocalDate.class), reason, rs.getObject("id", UUID.class)),
                Timestamp.from(now), nonResponseDays, today);
    }

    /** Writes the invitations not yet there (one per learner and leaving date); the ids of those written. */
    Set<UUID> insertInvitations(List<NewInvitation> invitations, Instant now, Instant expires, String by,
                                boolean byHand) {
        if (invitations.isEmpty()) {
            return Set.of();
        }
        String[] ids = new String[invitations.size()];
        String[] learners = new String[invitations.size()];
        String[] leavingDates = new String[invitations.size()];
        String[] channels = new String[invitations.size()];
        for (int i = 0; i < invitations.size(); i++) {
            NewInvitation invitation = invitations.get(i);
            ids[i] = invitation.id().toString();
            learners[i] = invitation.learnerId().toString();
            leavingDates[i] = invitation.leavingDate().toString();
            channels[i] = invitation.channels();
        }
        return new HashSet<>(jdbc.query(ArrayParameters.statement("""
                insert into survey_invitation (tenant_id, id, learner_id, leaving_date, channels, status, sent_at,
                    sent_by, by_hand, expires_at)
                select ?, u.id::uuid, u.learner::uuid, u.leaving::date, u.channels, 'SENT', ?, ?, ?, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as u(id, learner, leaving, channels)
                on conflict (tenant_id, learner_id, leaving_date) do nothing
                returning id""", List.of(CurrentTenant.idOrNone(), Timestamp.from(now), by, byHand,
                Timestamp.from(expires)), ids, learners, leavingDates, channels),
                (rs, row) -> rs.getObject(1, UUID.class)));
    }

    void insertLinks(List<NewLink> links, Instant now) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.update(ArrayParameters.statement("""
                insert into survey_link (tenant_id, token_hash, invitation_id, purpose, created_at)
                select ?, decode(u.hash, 'hex'), u.invitation::uuid, u.purpose, ?
                from unnest(?::text[], ?::text[], ?::text[]) as u(hash, invitation, purpose)""",
                List.of(CurrentTenant.idOrNone(), Timestamp.from(now)),
                links.stream().map(NewLink::tokenHashHex).toArray(String[]::new),
                links.stream().map(link -> link.invitationId().toString()).toArray(String[]::new),
                links.stream().map(NewLink::purpose).toArray(String[]::new)));
    }

    /**
     * Inserts OTH-3 (start = the day after leaving, no end, collected {@code today}) flagged {@code flag}, once per
     * learner and start date, and only for a learner with no destination record starting after the leaving date.
     * The number written.
     */
    int insertOth3(List<SurveyDispatch.AutomaticOutcome> outcomes, RecordFlag flag, LocalDate today, Instant now,
                   String by) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        String[][] columns = new String[5][outcomes.size()];
        for (int i = 0; i < outcomes.size(); i++) {
            SurveyDispatch.AutomaticOutcome outcome = outcomes.get(i);
            columns[0][i] = TimeOrderedIds.next().toString();
            columns[1][i] = outcome.learnerId().toString();
            columns[2][i] = outcome.leavingDate().toString();
            columns[3][i] = outcome.reason();
            columns[4][i] = outcome.invitationId() == null ? null : outcome.invitationId().toString();
        }
        return jdbc.update(ArrayParameters.statement("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, flag, flag_reason, invitation_id, created_at, created_by)
                select ?, u.id::uuid, u.learner::uuid, 'OTH', 3, u.leaving::date + 1, ?, 'AUTOMATIC', ?, u.reason,
                    u.invitation::uuid, ?, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as u(id, learner, leaving, reason, invitation)
                where not exists (select 1 from destination_record d
                                  where d.learner_id = u.learner::uuid and d.start_date > u.leaving::date)
                on conflict (tenant_id, learner_id, start_date) where source = 'AUTOMATIC' do nothing""",
                List.of(CurrentTenant.idOrNone(), today, flag.name(), Timestamp.from(now), by), columns));
    }

    private static Set<Integer> codes(Array array) throws SQLException {
        Set<Integer> codes = new HashSet<>();
        if (array != null) {
            for (Object code : (Object[]) array.getArray()) {
                codes.add(((Number) code).intValue());
            }
        }
        return codes;
    }
}
