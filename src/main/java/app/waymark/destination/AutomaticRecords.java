package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
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
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
        String why = required(reason, "reason", "Say why this OTH-3 no longer stands.");
        DestinationRecordQueries.LockedRecord record = locked(recordId);
        if (record.source() != RecordSource.AUTOMATIC) {
            throw new InvalidInputException(null, "Only an automatic OTH-3 can be superseded; this record "
                    + (record.source() == RecordSource.SURVEY ? "came from the learner's survey."
                    : "was entered by staff."));
        }
        if (record.supersededAt() != null) {
            throw new InvalidInputException(null, "This OTH-3 was already superseded by " + record.supersededBy()
                    + " on " + longDate(record.supersededAt()) + ".");
        }
        queries.supersede(recordId, clock.instant(), actorName(), why);
        Map<String, Object> details = details(recordId, record);
        details.put("reason", why);
        audit.record(AuditEntry.of(AuditActions.DESTINATION_RECORD_SUPERSEDED, "Learner", record.learnerId())
                .after(details));
    }

    @Transactional
    public void markReviewed(UUID recordId, String note) {
        String text = required(note, "note", "Add a note saying what was checked.");
        DestinationRecordQueries.LockedRecord record = locked(recordId);
        if (record.flag() == null) {
            throw new InvalidInputException(null, "This record is not flagged for review.");
        }
        if (record.supersededAt() != null) {
            throw new InvalidInputException(null, "This OTH-3 was superseded, so its flag needs no review.");
        }
        if (record.reviewedAt() != null) {
            throw new InvalidInputException(null, "This flag was already reviewed by " + record.reviewedBy() + " on "
                    + longDate(record.reviewedAt()) + ".");
        }
        queries.markReviewed(recordId, clock.instant(), actorName(), text);
        Map<String, Object> details = details(recordId, record);
        details.put("note", text);
        audit.record(AuditEntry.of(AuditActions.DESTINATION_FLAG_REVIEWED, "Learner", record.learnerId())
                .after(details));
    }

    private DestinationRecordQueries.LockedRecord locked(UUID recordId) {
        return queries.lockRecord(recordId).orElseThrow(
                () -> new InvalidInputException(null, "That destination record no longer exists."));
    }

    private static String required(String value, String field, String missing) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, missing);
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "Keep it to " + MAX_TEXT + " characters; it has "
                    + text.length() + ".");
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

    private static String longDate(Instant instant) {
        return LONG_DATE.format(instant.atZone(UK));
    }

    private static String actorName() {
        return CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME);
    }
}
