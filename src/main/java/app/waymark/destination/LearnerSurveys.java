package app.waymark.destination;

import app.waymark.learner.LearnerService;
import app.waymark.learner.RecordChange;
import app.waymark.tenant.CurrentTenant;
import app.waymark.tenant.TenantContext;
import app.waymark.tracker.LearnerRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /** The purpose this module's suppressions are recorded for in the learner module (a learner who unsubscribed). */
    public static final String SUPPRESSION_PURPOSE = "DESTINATION_SURVEY";

    /** A survey as its page needs it. */
    public record Survey(UUID tenantId, UUID invitationId, UUID learnerId, State state, String firstName,
                         LocalDate leavingDate, boolean highNeeds, Instant expiresAt, String email, String mobile,
                         SurveyDraft draft) {
    }

    private static final String LEARNER = "Learner (survey link)";
    /** The source of the trackers the survey raises, as staff see it and the dashboard counts it. */
    public static final String TRACKER_SOURCE = "Destination survey";
    private static final Logger log = LoggerFactory.getLogger(LearnerSurveys.class);

    private final LearnerSurveyQueries queries;
    private final TransactionTemplate transactions;
    private final LearnerService learners;
    private final LearnerRequests requests;
    private final LearnerOutcomes learnerOutcomes;
    private final LateAnswers lateAnswers;
    private final AnswerConfirmations confirmations;
    private final JsonMapper json;
    private final Clock clock;

    LearnerSurveys(LearnerSurveyQueries queries, TransactionTemplate transactions, LearnerService learners,
                   LearnerRequests requests, LearnerOutcomes learnerOutcomes, LateAnswers lateAnswers,
                   AnswerConfirmations confirmations, JsonMapper json, Clock clock) {
        this.learnerOutcomes = learnerOutcomes;
        this.lateAnswers = lateAnswers;
        this.confirmations = confirmations;
        this.queries = queries;
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
        Optional<LearnerSurveyQueries.LinkOwner> owner = transactions.execute(
                status -> queries.linkOwner(SurveyTokens.hash(token)));
        if (owner == null || owner.isEmpty()) {
            return Optional.empty();
        }
        UUID tenantId = owner.get().tenantId();
        UUID invitationId = owner.get().invitationId();
        return Optional.of(TenantContext.callAs(tenantId, () -> load(tenantId, invitationId)));
    }

    /** The survey behind an invitation of the current tenant (staff tools, demo data), as its link would open it. */
    public Survey openInvitation(UUID invitationId) {
        return load(CurrentTenant.idOrNone(), invitationId);
    }

    private Survey load(UUID tenantId, UUID invitationId) {
        LearnerSurveyQueries.StoredSurvey stored = transactions.execute(status -> queries.survey(invitationId));
        SurveyDraft draft = stored.answers() == null ? SurveyDraft.EMPTY
                : json.readValue(stored.answers(), SurveyDraft.class);
        return new Survey(tenantId, invitationId, stored.learnerId(), state(stored.status(), stored.expiresAt()),
                SurveyCandidate.firstNameOf(stored.givenNames()), stored.leavingDate(), stored.highNeeds(),
                stored.expiresAt(), stored.email(), stored.mobile(), draft);
    }

    /** Saves the answers so far (after each page). The first save also records when the survey was opened. */
    public Survey saveDraft(Survey survey, SurveyDraft draft) {
        return TenantContext.callAs(survey.tenantId(), () -> transactions.execute(status -> {
            requireOpen(lockedState(survey));
            queries.saveDraft(survey.tenantId(), survey.invitationId(), json.writeValueAsString(draft),
                    draft.email(), draft.mobile(), clock.instant());
            return load(survey.tenantId(), survey.invitationId());
        }));
    }

    /**
     * Records the answers as outcome records, once: a second submission (a double click, the back button) returns
     * what the first recorded. Answers that say the learner has started an earlier future outcome confirm it
     * ({@link AnswerConfirmations}). Contact details the learner changed become a change-of-contact-details tracker
     * in the same transaction; when the tracker rules refuse one, the answers are recorded all the same and the
     * response keeps why (see {@link #contactDetails}).
     */
    public List<Outcome> submit(Survey survey, SurveyDraft draft) {
        return TenantContext.callAs(survey.tenantId(), () -> transactions.execute(status -> {
            State state = lockedState(survey);
            if (state == State.ANSWERED) {
                return queries.recorded(survey.invitationId());
            }
            requireOpen(state);
            LocalDate today = LocalDate.now(clock.withZone(SurveyDispatch.UK));
            Instant now = clock.instant();
            List<Outcome> outcomes = derive(survey, draft, today, now);
            for (Outcome outcome : outcomes) {
                queries.insertSurveyRecord(survey.tenantId(), survey.learnerId(), survey.invitationId(), outcome, now,
                        LEARNER);
            }
            confirmations.confirmWith(survey.learnerId(), draft.answers().stream()
                    .map(answer -> SurveyDerivation.outcome(answer, survey.leavingDate(), today)).toList(), today,
                    LEARNER, now);
            ContactOutcome contact = contactDetails(survey, draft);
            queries.submitted(survey.tenantId(), survey.invitationId(), new LearnerSurveyQueries.SubmittedResponse(
                    json.writeValueAsString(draft), draft.email(), draft.mobile(), contact.review(),
                    contact.trackerId(), contact.note(), LEARNER), now);
            return outcomes;
        }));
    }

    /**
     * The records the answers add, checked with the learner's others. An answer that cannot stand beside the OTH-3
     * this survey's own closing wrote replaces that OTH-3 ({@link LateAnswers}); any other refusal stands.
     */
    private List<Outcome> derive(Survey survey, SurveyDraft draft, LocalDate today, Instant now) {
        try {
            return SurveyDerivation.outcomes(draft.answers(), survey.leavingDate(), today, survey.highNeeds(),
                    learnerOutcomes.of(survey.learnerId()));
        } catch (SurveyAnswersException refused) {
            UUID closingOth3 = lateAnswers.closingOth3(survey.invitationId()).orElseThrow(() -> refused);
            List<Outcome> outcomes = SurveyDerivation.outcomes(draft.answers(), survey.leavingDate(), today,
                    survey.highNeeds(), learnerOutcomes.ofExcept(survey.learnerId(), closingOth3));
            lateAnswers.supersede(closingOth3, survey.learnerId(), LEARNER, now);
            return outcomes;
        }
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
            learners.suppressAtLearnersRequest(survey.learnerId(), SUPPRESSION_PURPOSE,
                    "Unsubscribed with the survey link");
            if (state != State.ANSWERED) {
                queries.markUnsubscribed(survey.invitationId(), now);
                // No automatic OTH-3 beside a destination since leaving (issue 19 rule 2).
                queries.insertUnsubscribedOth3(survey.tenantId(), survey.learnerId(), survey.invitationId(),
                        survey.leavingDate(), LocalDate.now(clock.withZone(SurveyDispatch.UK)), now, LEARNER);
            }
        }));
    }

    /** What became of the contact details given with the answers: nothing to do, a tracker, or why not. */
    private record ContactOutcome(ContactReview review, UUID trackerId, String note) {
    }

    /**
     * Raises the change-of-contact-details tracker for details that differ from the learner's record, on their
     * behalf. The tracker rules may refuse it (the type switched off, a value the record cannot take, staff already
     * dealing with an earlier request): the learner's answers must not be lost over that, so the refusal is asked
     * first and kept on the response instead of failing the submission.
     */
    private ContactOutcome contactDetails(Survey survey, SurveyDraft draft) {
        SurveyContactChange.Held held = queries.heldContactDetails(survey.learnerId());
        Optional<RecordChange.ContactDetailsChange> change = SurveyContactChange.of(draft.email(), draft.mobile(),
                held);
        if (change.isEmpty()) {
            return new ContactOutcome(null, null, null);
        }
        Optional<String> refusal = requests.refusal(survey.learnerId(), change.get());
        if (refusal.isPresent()) {
            log.info("Survey {}: the contact details given were not raised as a tracker: {}", survey.invitationId(),
                    refusal.get());
            return new ContactOutcome(ContactReview.NOT_RAISED, null, refusal.get());
        }
        return new ContactOutcome(ContactReview.TRACKER,
                requests.request(survey.learnerId(), change.get(), TRACKER_SOURCE, null), null);
    }

    private State lockedState(Survey survey) {
        LearnerSurveyQueries.LockedInvitation invitation = queries.lockInvitation(survey.invitationId());
        return state(invitation.status(), invitation.expiresAt());
    }

    /**
     * A survey closed for no response still takes a late answer while its link works (the link outlives the window
     * when the provider sets it so): the answer is recorded beside the automatic OTH-3, which staff can then supersede
     * (issue 19 rule 2, decision 0045).
     */
    private State state(SurveyStatus invitationStatus, Instant expiresAt) {
        boolean linkWorks = expiresAt.isAfter(clock.instant());
        return switch (invitationStatus) {
            case ANSWERED -> State.ANSWERED;
            case UNSUBSCRIBED -> State.UNSUBSCRIBED;
            case NO_RESPONSE -> linkWorks ? State.OPEN : State.CLOSED;
            case SENT -> linkWorks ? State.OPEN : State.EXPIRED;
        };
    }

    private static void requireOpen(State state) {
        if (state != State.OPEN) {
            throw (switch (state) {
                case ANSWERED -> DestinationError.SURVEY_ALREADY_ANSWERED;
                case EXPIRED -> DestinationError.SURVEY_LINK_EXPIRED;
                case CLOSED -> DestinationError.SURVEY_CLOSED;
                case UNSUBSCRIBED -> DestinationError.SURVEY_UNSUBSCRIBED;
                case OPEN -> throw new IllegalStateException("An open survey is not refused");
            }).refusal();
        }
    }
}
