package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A learner's survey answers confirm their earlier future outcomes (decision 0060): an answer with the same type and
 * code, given on or after the outcome's start date and saying the learner has started (its own start is not after
 * the day it was given), confirms it, with the learner as the one who confirmed, audited. The answer itself is
 * recorded as usual unless it repeats the record exactly (decision 0046).
 */
@Component
class AnswerConfirmations {

    static final String HOW = "The learner's later survey answer says they started";

    private final DestinationRecordQueries records;
    private final AuditService audit;

    AnswerConfirmations(DestinationRecordQueries records, AuditService audit) {
        this.records = records;
        this.audit = audit;
    }

    /** Confirms the learner's future outcomes that {@code answers} (given on {@code answeredOn}) say have started. */
    void confirmWith(UUID learnerId, List<Outcome> answers, LocalDate answeredOn, String learner, Instant now) {
        for (DestinationRecordQueries.UnconfirmedFuture future : records.lockUnconfirmedFuture(learnerId)) {
            Outcome outcome = future.outcome();
            boolean started = !outcome.startDate().isAfter(answeredOn) && answers.stream().anyMatch(answer ->
                    answer.type() == outcome.type() && answer.code() == outcome.code()
                            && !answer.startDate().isAfter(answeredOn));
            if (started) {
                records.confirm(future.id(), now, learner);
                audit.recordAs(null, learner, AuditEntry.of(AuditActions.DESTINATION_OUTCOME_CONFIRMED, "Learner",
                        learnerId).after(FutureOutcomes.details(future.id(), outcome, HOW)));
            }
        }
    }
}
