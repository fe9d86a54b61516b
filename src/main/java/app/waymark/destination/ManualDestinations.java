package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.Translatable;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Destination records entered by staff, e.g. after a phone call: added, changed and deleted with the ILR rules
 * checked across all the learner's records, and audited. Only records entered by staff ({@code MANUAL}) can be
 * changed or deleted; survey and automatic records stay as they came.
 * <p>
 * Permission: {@link Permission#LEARNER_EDIT}, the existing permission for fixing a learner's record (held by the
 * Data/MIS officer, who "fixes records"); destination records are part of the learner's ILR data.
 */
@Service
@PreAuthorize("hasRole('" + Permission.LEARNER_EDIT + "')")
public class ManualDestinations {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** What staff enter. {@code code} and the dates may be missing: the checks say so. */
    public record Entry(OutcomeType type, Integer code, LocalDate startDate, LocalDate endDate,
                        LocalDate collectionDate) {
    }

    private final DestinationRecordQueries queries;
    private final LearnerOutcomes learnerOutcomes;
    private final AuditService audit;
    private final Clock clock;

    ManualDestinations(DestinationRecordQueries queries, LearnerOutcomes learnerOutcomes, AuditService audit,
                       Clock clock) {
        this.learnerOutcomes = learnerOutcomes;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID add(UUID learnerId, Entry entry) {
        boolean highNeeds = lockLearner(learnerId);
        Outcome outcome = checked(entry);
        List<Outcome> existing = learnerOutcomes.of(learnerId);
        List<Outcome> after = new ArrayList<>(existing);
        after.add(outcome);
        checkRules(existing, after, highNeeds);
        UUID id = queries.insertManual(learnerId, outcome, clock.instant(), actorName());
        audit.record(AuditEntry.of(AuditActions.DESTINATION_RECORD_ADDED, "Learner", learnerId)
                .after(details(id, outcome)));
        return id;
    }

    @Transactional
    public void edit(UUID recordId, Entry entry) {
        Stored stored = manualRecord(recordId);
        boolean highNeeds = lockLearner(stored.learnerId());
        Outcome outcome = checked(entry);
        List<Outcome> others = learnerOutcomes.ofExcept(stored.learnerId(), recordId);
        List<Outcome> before = new ArrayList<>(others);
        before.add(stored.outcome());
        List<Outcome> after = new ArrayList<>(others);
        after.add(outcome);
        checkRules(before, after, highNeeds);
        queries.updateManual(recordId, outcome, clock.instant(), actorName());
        audit.record(AuditEntry.of(AuditActions.DESTINATION_RECORD_CHANGED, "Learner", stored.learnerId())
                .before(details(recordId, stored.outcome())).after(details(recordId, outcome)));
    }

    @Transactional
    public void delete(UUID recordId) {
        Stored stored = manualRecord(recordId);
        queries.delete(recordId);
        audit.record(AuditEntry.of(AuditActions.DESTINATION_RECORD_DELETED, "Learner", stored.learnerId())
                .before(details(recordId, stored.outcome())));
    }

    private record Stored(UUID learnerId, Outcome outcome) {
    }

    private Stored manualRecord(UUID recordId) {
        DestinationRecordQueries.LockedRecord record = queries.lockRecord(recordId).orElseThrow(
                DestinationError.RECORD_GONE::refusal);
        if (record.source() != RecordSource.MANUAL) {
            throw (record.source() == RecordSource.SURVEY ? DestinationError.ONLY_STAFF_RECORDS_CHANGE_SURVEY_RECORD
                    : DestinationError.ONLY_STAFF_RECORDS_CHANGE_AUTOMATIC_RECORD).refusal();
        }
        return new Stored(record.learnerId(), record.outcome());
    }

    /** Locks the learner (so two people adding at once cannot both pass the checks); true if high-needs. */
    private boolean lockLearner(UUID learnerId) {
        return queries.lockLearnerHighNeeds(learnerId).orElseThrow(DestinationError.LEARNER_GONE::refusal);
    }

    private Outcome checked(Entry entry) {
        if (entry.type() == null || entry.code() == null) {
            throw DestinationError.OUTCOME_MISSING.refusal();
        }
        if (!OutcomeRules.exists(entry.type(), entry.code())) {
            throw DestinationError.NOT_AN_OUTCOME_CODE.refusal(entry.type() + "-" + entry.code());
        }
        if (entry.startDate() == null) {
            throw DestinationError.START_DATE_MISSING.refusal();
        }
        if (entry.collectionDate() == null) {
            throw DestinationError.COLLECTION_DATE_MISSING.refusal();
        }
        if (entry.endDate() != null && entry.endDate().isBefore(entry.startDate())) {
            throw DestinationError.END_DATE_BEFORE_START.refusal();
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        if (entry.collectionDate().isAfter(today)) {
            throw DestinationError.COLLECTION_DATE_IN_FUTURE.refusal();
        }
        return new Outcome(entry.type(), entry.code(), entry.startDate(), entry.endDate(), entry.collectionDate(),
                null);
    }

    /** Refuses only problems the change brings: a learner's older records that already break a rule do not block. */
    private void checkRules(List<Outcome> before, List<Outcome> after, boolean highNeeds) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        List<Translatable> problems = new ArrayList<>(OutcomeRules.problems(after, today, highNeeds));
        OutcomeRules.problems(before, today, highNeeds).forEach(problems::remove);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(DestinationField.OUTCOME, problems);
        }
    }

    private static Map<String, Object> details(UUID recordId, Outcome outcome) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("record", recordId.toString());
        details.put("outcome", outcome.label());
        details.put("startDate", outcome.startDate().toString());
        details.put("endDate", outcome.endDate() == null ? "" : outcome.endDate().toString());
        details.put("collectionDate", outcome.collectionDate().toString());
        return details;
    }

    private static String actorName() {
        return CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME);
    }
}
