package app.waymark.destination;

import java.time.LocalDate;

/**
 * An ILR outcome (destination) record as DOMAIN.md section 4 describes it. {@code answeredStartDate} is the date the
 * learner gave when it was moved to the day after leaving.
 */
public record Outcome(OutcomeType type, int code, LocalDate startDate, LocalDate endDate, LocalDate collectionDate,
                      LocalDate answeredStartDate) {

    public String label() {
        return type + "-" + code;
    }

    /**
     * A future outcome: it starts after it was collected (decision 0046). It counts as the learner's destination only
     * once confirmed (decision 0060).
     */
    public boolean future() {
        return startDate.isAfter(collectionDate);
    }
}
