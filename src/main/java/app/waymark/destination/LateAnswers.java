package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A survey closed for no response still takes an answer while its link works (decision 0045). When that answer
 * cannot stand beside the OTH-3 the closing wrote (e.g. "something else" or "prefer not to say", OTH-1 or OTH-4 on
 * the OTH-3's own start date: one OTH per start date), the learner's own answer wins: the OTH-3 is superseded and
 * audited, with the learner as the one who superseded it (decision 0057).
 */
@Component
class LateAnswers {

    static final String REASON = "The learner answered the survey after it closed for no response; the answer"
            + " could not stand beside this OTH-3.";

    private final DestinationRecordQueries records;
    private final AuditService audit;

    LateAnswers(DestinationRecordQueries records, AuditService audit) {
        this.records = records;
        this.audit = audit;
    }

    /** The OTH-3 the survey's closing wrote and nobody has superseded yet. */
    Optional<UUID> closingOth3(UUID invitationId) {
        return records.automaticRecordOf(invitationId);
    }

    void supersede(UUID recordId, UUID learnerId, String learner, Instant now) {
        records.supersede(recordId, now, learner, REASON);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("record", recordId.toString());
        details.put("outcome", "OTH-3");
        details.put("reason", REASON);
        audit.recordAs(null, learner, AuditEntry.of(AuditActions.DESTINATION_RECORD_SUPERSEDED, "Learner", learnerId)
                .after(details));
    }
}
