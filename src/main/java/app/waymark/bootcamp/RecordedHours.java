package app.waymark.bootcamp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Guided learning hours delivered to a learner on one day, as staff recorded them ({@code bootcamp_guided_hours}). */
public record RecordedHours(UUID id, UUID learnerId, LocalDate deliveredOn, BigDecimal hours, String note,
                            String recordedBy, Instant recordedAt) {

    GuidedHours asInput() {
        return new GuidedHours(deliveredOn, hours);
    }
}
