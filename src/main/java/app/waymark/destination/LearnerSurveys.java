package app.waymark.destination;

import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.learner.LearnerService;
import app.waymark.learner.RecordChange;
import app.waymark.tenant.CurrentTenant;
import app.waymark.tenant.TenantContext;
import app.waymark.tracker.LearnerRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a learner does with a survey link, without signing in: the link's token (its SHA-256 looked up through a
 * narrow function) decides the provider, and everything after runs in that provider's tenant context. Opening
 * changes nothing (mail scanners open links too); answers are saved as the learner goes; submitting twice records
 * once; unsubscribing suppresses further contact and records OTH-3 flagged "unsubscribed". Contact details the
 * learner changes become a change-of-contact-details tracker raised on their behalf (decision 0035).
 */
@Service
public class LearnerSurveys {

    public enum State { OPEN, ANSWERED, EXPIRED, CLOSED, UNSUBSCRIBED }

    /** A survey as its page needs it. */
    public record Survey(UUID tenantId, UUID invitationId, UUID learnerId, State state, String firstName,
                         LocalDate leavingDate, boolean highNeeds, Instant expiresAt, String email, String mobile,
                         SurveyDraft draft) {
    }

    private static final String LEARNER = "Learner (survey link)";
    /** The source of the trackers the survey raises, as staff see it and the dashboard counts it. */
    public static final String TRACKER_SOURCE = "Destination survey";
    private static final Logger log = LoggerFactory.getLogger(LearnerSurveys.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LearnerService learners;
    private final LearnerRequests requests;
    private final LearnerOutcomes learnerOutcomes;
    private final JsonMapper json;
    private final Clock clock;

    LearnerSurveys(JdbcTemplate jdbc, TransactionTemplate transactions, LearnerService learners,
                   LearnerRequests requests, LearnerOutcomes learnerOutcomes, JsonMapper json, Clock clock) {
        this.learnerOutcomes = learnerOutcomes;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.learners = learners;
        this.requests = requests;
        this.json = json;
        this.clock = clock;
    }

    /** The survey behind a link, or empty for an unknown or malformed token. Reads only. */
    public Optional<Survey> open(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        List<Map<String, Object>> owner = transactions.execute(status -> jdbc.queryForList(
                "select tenant_id, invitation_id from survey_link_lookup(?)", (Object) SurveyTokens.hash(token)));
        if (owner == null || owner.isEmpty()) {
            return Optional.empty();
        }
        UUID tenantId = (UUID) owner.getFirst().get("tenant_id");
        UUID invitationId = (UUID) owner.getFirst().get("invitation_id");
        return Optional.of(TenantContext.callAs(tenantId, () -> load(tenantId, invitationId)));
    }

    /** The survey behind an invitation of the current tenant (staff tools, demo data), as its link would open it. */
    public Survey openInvitation(UUID invitationId) {
        return load(CurrentTenant.idOrNone(), invitationId);
    }

    private Survey load(UUID tenantId, UUID invitationId) {
        return transactions.execute(status -> jdbc.queryForObject("""
                select i.learner_id, i.status, i.leaving_date, i.expires_at, l.given_names, l.high_needs, l.email,
                       l.mobile_e164, r.answers, r.confirmed_email, r.confirmed_mobile
                from survey_invitation i join learner l on l.id = i.learner_id
                left join survey_response r on r.invitation_id = i.id
                where i.id = ?""", (rs, row) -> {
            Instant expires = rs.getTimestamp("expires_at").toInstant();
            State state = state(rs.getString("status"), expires);
            String answers = rs.getString("answers");
            SurveyDraft draft = answers == null ? SurveyDraft.EMPTY : json.readValue(answers, SurveyDraft.class);
            String givenNames = rs.getString("given_names");
            return new Survey(tenantId, invitationId, rs.getObject("learner_id", UUID.class), state,
                    SurveyCandidate.firstNameOf(givenNames),
                    rs.getObject("leaving_date", LocalDate.class), rs.getBoolean("high_needs"), expires,
                    rs.getString("email"), rs.getString("mobile_e164"), draft);
        }, invitationId));
    }

    /** Saves the answers so far (after each page). The first save also records when the survey was opened. */
    public Survey saveDraft(Survey survey, SurveyDraft draft) {
        return TenantContext.callAs(survey.tenantId(), () -> transactions.execute(status -> {
            requireOpen(lockedState(survey));
            Instant now = clock.instant();
            jdbc.update("""
                    insert into survey_response (tenant_id, invitation_id, answers, confirmed_email, confirmed_mobile,
                        updated_at)
                    values (?, ?, ?::jsonb, ?, ?, ?)
                    on conflict (invitation_id) do update set answers = excluded.answers,
                        confirmed_email = excluded.confirmed_email, confirmed_mobile = excluded.confirmed_mobile,
                        updated_at = excluded.updated_at""",
                    survey.tenantId(), survey.invitationId(), json.writeValueAsString(draft), draft.email(),
                    draft.mobile(), Timestamp.from(now));
            jdbc.update("update survey_invitation set opened_at = coalesce(opened_at, ?) where id = ?",
                    Timestamp.from(now), survey.invitationId());
            return load(survey.tenantId(), survey.invitationId());
        }));
    }

    /**
     * Records the answers as outcome records, once: a second submission (a double click, the back button) returns
     * what the first recorded. Contact details the learner changed become a change-of-contact-details tracker in the
     * same transaction; when the tracker rules refuse one, the answers are recorded all the same and the response
     * keeps why (see {@link #contactDetails}).
     */
    public List<Outcome> submit(Survey survey, SurveyDraft draft) {
        return TenantContext.callAs(survey.tenantId(), () -> transactions.execute(status -> {
            State state = lockedState(survey);
            if (state == State.ANSWERED) {
                return recorded(survey.invitationId());
            }
            requireOpen(state);
            LocalDate today = LocalDate.now(clock.withZone(SurveyDispatch.UK));
            List<Outcome> outcomes = SurveyDerivation.outcomes(draft.answers(), survey.leavingDate(), today,
                    survey.highNeeds(), learnerOutcomes.of(survey.learnerId()));
            Instant now = clock.instant();
            for (Outcome outcome : outcomes) {
                jdbc.update("""
                        insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                            end_date, collection_date, source, invitation_id, answered_start_date, created_at,
                            created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'SURVEY', ?, ?, ?, ?)""",
                        survey.tenantId(), TimeOrderedIds.next(), survey.learnerId(), outcome.type(), outcome.code(),
                        Date.valueOf(outcome.startDate()), date(outcome.endDate()),
                        Date.valueOf(outcome.collectionDate()), survey.invitationId(),
                        date(outcome.answeredStartDate()), Timestamp.from(now), LEARNER);
            }
            ContactOutcome contact = contactDetails(survey, draft);
            Timestamp reviewedAt = contact.review() == null ? null : Timestamp.from(now);
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
                    survey.tenantId(), survey.invitationId(), json.writeValueAsString(draft), draft.email(),
                    draft.mobile(), contact.review() != null, contact.review(), contact.trackerId(), contact.note(),
                    reviewedAt, contact.review() == null ? null : LEARNER, Timestamp.from(now), Timestamp.from(now));
            jdbc.update("""
                    update survey_invitation set status = 'ANSWERED', answered_at = ?,
                        opened_at = coalesce(opened_at, ?) where id = ?""",
                    Timestamp.from(now), Timestamp.from(now), survey.invitationId());
            return outcomes;
        }));
    }

    /**
     * The learner asks not to be contacted again: suppressed on every channel for destination surveys, the survey
     * closed, and OTH-3 (day after leaving, collected today) flagged "unsubscribed" unless the learner already has a
     * destination since leaving. Doing it twice changes nothing.
     */
    public void unsubscribe(Survey survey) {
        TenantContext.runAs(survey.tenantId(), () -> transactions.executeWithoutResult(status -> {
            State state = lockedState(survey);
            if (state == State.UNSUBSCRIBED) {
                return;
            }
            Instant now = clock.instant();
            learners.suppressAtLearnersRequest(survey.learnerId(), "DESTINATION_SURVEY",
                    "Unsubscribed with the survey link");
            if (state != State.ANSWERED) {
                jdbc.update("update survey_invitation set status = 'UNSUBSCRIBED', closed_at = ? where id = ?",
                        Timestamp.from(now), survey.invitationId());
                // No automatic OTH-3 beside a destination since leaving (issue 19 rule 2).
                jdbc.update("""
                        insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                            collection_date, source, flag, flag_reason, invitation_id, created_at, created_by)
                        select ?, ?, ?, 'OTH', 3, ?, ?, 'AUTOMATIC', 'UNSUBSCRIBED',
                            'The learner unsubscribed with the survey link', ?, ?, ?
                        where not exists (select 1 from destination_record d
                                          where d.learner_id = ? and d.start_date > ?)
                        on conflict (tenant_id, learner_id, start_date) where source = 'AUTOMATIC' do nothing""",
                        survey.tenantId(), TimeOrderedIds.next(), survey.learnerId(),
                        Date.valueOf(survey.leavingDate().plusDays(1)),
                        Date.valueOf(LocalDate.now(clock.withZone(SurveyDispatch.UK))), survey.invitationId(),
                        Timestamp.from(now), LEARNER, survey.learnerId(), Date.valueOf(survey.leavingDate()));
            }
        }));
    }

    /** What became of the contact details given with the answers: nothing to do, a tracker, or why not. */
    private record ContactOutcome(String review, UUID trackerId, String note) {
    }

    /**
     * Raises the change-of-contact-details tracker for details that differ from the learner's record, on their
     * behalf. The tracker rules may refuse it (the type switched off, a value the record cannot take, staff already
     * dealing with an earlier request): the learner's answers must not be lost over that, so the refusal is asked
     * first and kept on the response instead of failing the submission.
     */
    private ContactOutcome contactDetails(Survey survey, SurveyDraft draft) {
        SurveyContactChange.Held held = jdbc.queryForObject(
                "select email, tel_no, mobile_e164 from learner where id = ?",
                (rs, row) -> new SurveyContactChange.Held(rs.getString("email"), rs.getString("tel_no"),
                        rs.getString("mobile_e164")), survey.learnerId());
        Optional<RecordChange.ContactDetailsChange> change = SurveyContactChange.of(draft.email(), draft.mobile(),
                held);
        if (change.isEmpty()) {
            return new ContactOutcome(null, null, null);
        }
        Optional<String> refusal = requests.refusal(survey.learnerId(), change.get());
        if (refusal.isPresent()) {
            log.info("Survey {}: the contact details given were not raised as a tracker: {}", survey.invitationId(),
                    refusal.get());
            return new ContactOutcome("NOT_RAISED", null, refusal.get());
        }
        return new ContactOutcome("TRACKER", requests.request(survey.learnerId(), change.get(), TRACKER_SOURCE, null),
                null);
    }

    private State lockedState(Survey survey) {
        Map<String, Object> row = jdbc.queryForMap(
                "select status, expires_at from survey_invitation where id = ? for update", survey.invitationId());
        return state((String) row.get("status"), ((Timestamp) row.get("expires_at")).toInstant());
    }

    /**
     * A survey closed for no response still takes a late answer while its link works (the link outlives the window
     * when the provider sets it so): the answer is recorded beside the automatic OTH-3, which staff can then supersede
     * (issue 19 rule 2, decision 0045).
     */
    private State state(String invitationStatus, Instant expiresAt) {
        boolean linkWorks = expiresAt.isAfter(clock.instant());
        return switch (invitationStatus) {
            case "ANSWERED" -> State.ANSWERED;
            case "UNSUBSCRIBED" -> State.UNSUBSCRIBED;
            case "NO_RESPONSE" -> linkWorks ? State.OPEN : State.CLOSED;
            default -> linkWorks ? State.OPEN : State.EXPIRED;
        };
    }

    private static void requireOpen(State state) {
        if (state != State.OPEN) {
            throw new InvalidInputException("survey", switch (state) {
                case ANSWERED -> "You have already answered this survey. Thank you.";
                case EXPIRED -> "This survey link has expired.";
                case CLOSED -> "This survey has closed.";
                case UNSUBSCRIBED -> "You asked us not to contact you about this survey.";
                case OPEN -> "";
            });
        }
    }

    private List<Outcome> recorded(UUID invitationId) {
        return jdbc.query("""
                select out_type, out_code, start_date, end_date, collection_date, answered_start_date
                from destination_record where invitation_id = ? and source = 'SURVEY' order by start_date, out_type""",
                (rs, row) -> new Outcome(rs.getString("out_type"), rs.getInt("out_code"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getObject("collection_date", LocalDate.class),
                        rs.getObject("answered_start_date", LocalDate.class)), invitationId);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
