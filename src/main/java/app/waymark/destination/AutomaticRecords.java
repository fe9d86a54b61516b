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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What staff do with the records the daily run and the survey link write by themselves (decision 0045):
 * <ul>
 *     <li>supersede an automatic OTH-3 when a real destination turns up after it (the learner answers late, or staff
 *     reach them): it stays in the learner's history with who, when and why, and no longer counts as the learner's
 *     destination in the report, the dashboard or the exports;</li>
 *     <li>mark a flagged record (not contactable, no response, unsubscribed) reviewed, with a note: the dashboard
 *     counts only flags nobody has reviewed.</li>
 * </ul>
 * Both change the learner's ILR destination data, so they need {@link Permission#LEARNER_EDIT}, as staff-entered
 * records do ({@link ManualDestinations}); both are audited. The report lines follow through their trigger.
 */
@Service
@PreAuthorize("hasRole('" + Permission.LEARNER_EDIT + "')")
public class AutomaticRecords {

    static final int MAX_TEXT = 1_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DestinationRecordQueries queries;
    private final AuditService audit;
    private final Clock clock;

    AutomaticRecords(DestinationRecordQueries queries, AuditService audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void supersede(UUID recordId, String reason) {
        String why = required(reason, DestinationError.SUPERSEDE_REASON_MISSING);
        DestinationRecordQueries.LockedRecord record = locked(recordId);
        if (record.source() != RecordSource.AUTOMATIC) {
            throw (record.source() == RecordSource.SURVEY
                    ? DestinationError.ONLY_AUTOMATIC_OTH3_SUPERSEDED_SURVEY_RECORD
                    : DestinationError.ONLY_AUTOMATIC_OTH3_SUPERSEDED_STAFF_RECORD).refusal();
        }
        if (record.supersededAt() != null) {
            throw DestinationError.ALREADY_SUPERSEDED.refusal(record.supersededBy(), day(record.supersededAt()));
        }
        queries.supersede(recordId, clock.instant(), actorName(), why);
        Map<String, Object> details = details(recordId, record);
        details.put("reason", why);
        audit.record(AuditEntry.of(AuditActions.DESTINATION_RECORD_SUPERSEDED, "Learner", record.learnerId())
                .after(details));
    }

    @Transactional
    public void markReviewed(UUID recordId, String note) {
        String text = required(note, DestinationError.REVIEW_NOTE_MISSING);
        DestinationRecordQueries.LockedRecord record = locked(recordId);
        if (record.flag() == null) {
            throw DestinationError.NOT_FLAGGED.refusal();
        }
        if (record.supersededAt() != null) {
            throw DestinationError.SUPERSEDED_NEEDS_NO_REVIEW.refusal();
        }
        if (record.reviewedAt() != null) {
            throw DestinationError.ALREADY_REVIEWED.refusal(record.reviewedBy(), day(record.reviewedAt()));
        }
        queries.markReviewed(recordId, clock.instant(), actorName(), text);
        Map<String, Object> details = details(recordId, record);
        details.put("note", text);
        audit.record(AuditEntry.of(AuditActions.DESTINATION_FLAG_REVIEWED, "Learner", record.learnerId())
                .after(details));
    }

    private DestinationRecordQueries.LockedRecord locked(UUID recordId) {
        return queries.lockRecord(recordId).orElseThrow(DestinationError.RECORD_GONE::refusal);
    }

    /** The text given, stripped; {@code missing} names the field. */
    private static String required(String value, DestinationError missing) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw missing.refusal();
        }
        if (text.length() > MAX_TEXT) {
            throw DestinationError.NOTE_TOO_LONG.refusalOn(missing.field(), MAX_TEXT, text.length());
        }
        return text;
    }

    private static Map<String, Object> details(UUID recordId, DestinationRecordQueries.LockedRecord record) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("record", recordId.toString());
        details.put("outcome", record.outcome().label());
        details.put("startDate", record.outcome().startDate().toString());
        details.put("flag", record.flag() == null ? "" : record.flag().name());
        return details;
    }

    private static Date day(Instant instant) {
        return Translatable.day(LocalDate.ofInstant(instant, UK));
    }

    private static String actorName() {
        return CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME);
    }
}
