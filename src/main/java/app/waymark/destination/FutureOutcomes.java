package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.Translatable;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Future outcomes (decision 0060): a record whose start date is after its collection date counts as the learner's
 * destination (report lines, outcome filters, dashboard figures) only once confirmed. Staff confirm one here ("Confirm
 * started") once its start date has passed; a later survey answer of the learner with the same type and code
 * confirms it too ({@link AnswerConfirmations}). Confirming changes the learner's ILR destination data as superseding
 * and reviewing do, so it needs {@link Permission#LEARNER_EDIT}; it is audited, and the report lines follow through
 * their trigger.
 */
@Service
public class FutureOutcomes {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final DestinationRecordQueries queries;
    private final AuditService audit;
    private final Clock clock;

    FutureOutcomes(DestinationRecordQueries queries, AuditService audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Staff confirm that the learner has started the future outcome {@code recordId}. */
    @Transactional
    @PreAuthorize("hasRole('" + Permission.LEARNER_EDIT + "')")
    public void confirmStarted(UUID recordId) {
        DestinationRecordQueries.LockedRecord record = queries.lockRecord(recordId)
                .orElseThrow(DestinationError.RECORD_GONE::refusal);
        Outcome outcome = record.outcome();
        if (!outcome.future()) {
            throw DestinationError.NOT_A_FUTURE_OUTCOME.refusal(outcome.label(), Translatable.day(outcome.startDate()),
                    Translatable.day(outcome.collectionDate()));
        }
        if (record.supersededAt() != null) {
            throw DestinationError.SUPERSEDED_NEEDS_NO_CONFIRMATION.refusal();
        }
        if (record.confirmedAt() != null) {
            throw DestinationError.ALREADY_CONFIRMED.refusal(outcome.label(), record.confirmedBy(),
                    Translatable.day(LocalDate.ofInstant(record.confirmedAt(), UK)));
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        if (outcome.startDate().isAfter(today)) {
            throw DestinationError.CONFIRMED_BEFORE_IT_STARTS.refusal(outcome.label(),
                    Translatable.day(outcome.startDate()));
        }
        queries.confirm(recordId, clock.instant(), CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME));
        audit.record(AuditEntry.of(AuditActions.DESTINATION_OUTCOME_CONFIRMED, "Learner", record.learnerId())
                .after(details(recordId, outcome, "Confirmed started by staff")));
    }

    static Map<String, Object> details(UUID recordId, Outcome outcome, String how) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("record", recordId.toString());
        details.put("outcome", outcome.label());
        details.put("startDate", outcome.startDate().toString());
        details.put("collectionDate", outcome.collectionDate().toString());
        details.put("how", how);
        return details;
    }
}
