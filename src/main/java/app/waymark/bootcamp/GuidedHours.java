package app.waymark.bootcamp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Guided learning hours delivered to a learner on one day, as staff recorded them in Waymark (the ILR carries no
 * hours): an input of the rules engine beside the imported aims, for the start milestone's hours condition.
 */
public record GuidedHours(LocalDate deliveredOn, BigDecimal hours) {

    public GuidedHours {
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(hours, "hours");
    }

    /** Hours as people write them: 7.5, 5, 0.25. */
    public static String format(BigDecimal hours) {
        return hours.signum() == 0 ? "0" : hours.stripTrailingZeros().toPlainString();
    }
}
