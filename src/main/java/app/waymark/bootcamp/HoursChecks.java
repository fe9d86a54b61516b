package app.waymark.bootcamp;

import app.waymark.base.InvalidInputException;
import app.waymark.learner.LearnerRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import static app.waymark.bootcamp.Situation.uk;

/**
 * What guided learning hours can be recorded for a day of a learner's Skills Bootcamp (decision 0058): a day that has
 * passed, within the training (from the programme's start to the subject aims' actual end, or their planned end while
 * the training continues), more than 0 and at most {@link #MOST_HOURS_A_DAY} hours in hundredths. Plain Java.
 */
final class HoursChecks {

    /** A long teaching day and an evening session; catches typos (75 for 7.5) and minutes keyed as hours. */
    static final BigDecimal MOST_HOURS_A_DAY = BigDecimal.valueOf(12);

    private HoursChecks() {
    }

    static void check(LocalDate deliveredOn, BigDecimal hours, BootcampProgramme programme, LocalDate today) {
        if (deliveredOn == null) {
            throw new InvalidInputException("deliveredOn", "Enter the day the hours were delivered");
        }
        if (deliveredOn.isAfter(today)) {
            throw new InvalidInputException("deliveredOn", "The day " + uk(deliveredOn) + " is in the future:"
                    + " record hours once they have been delivered");
        }
        if (programme.start() == null || deliveredOn.isBefore(programme.start())) {
            throw new InvalidInputException("deliveredOn", "The day " + uk(deliveredOn) + " is before the Skills"
                    + " Bootcamp started" + (programme.start() == null ? "" : " (" + uk(programme.start()) + ")"));
        }
        Optional<LocalDate> actualEnd = programme.trainingEnd();
        if (actualEnd.isPresent() && deliveredOn.isAfter(actualEnd.get())) {
            throw new InvalidInputException("deliveredOn", "The day " + uk(deliveredOn) + " is after the training"
                    + " ended (" + uk(actualEnd.get()) + ", the subject aim's actual end date)");
        }
        Optional<LocalDate> plannedEnd = actualEnd.isPresent() ? Optional.empty() : plannedEnd(programme);
        if (plannedEnd.isPresent() && deliveredOn.isAfter(plannedEnd.get())) {
            throw new InvalidInputException("deliveredOn", "The day " + uk(deliveredOn) + " is after the training's"
                    + " planned end (" + uk(plannedEnd.get()) + "): if the learner is still in training, correct"
                    + " the planned end date in the MIS first");
        }
        if (hours == null) {
            throw new InvalidInputException("hours", "Enter the guided learning hours delivered that day");
        }
        if (hours.signum() <= 0) {
            throw new InvalidInputException("hours", "The hours must be more than 0, not "
                    + hours.stripTrailingZeros().toPlainString());
        }
        if (hours.compareTo(MOST_HOURS_A_DAY) > 0) {
            throw new InvalidInputException("hours", "At most " + MOST_HOURS_A_DAY + " guided learning hours can be"
                    + " recorded for a day, not " + hours.stripTrailingZeros().toPlainString());
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("hours", "Record hours to at most 2 decimal places (e.g. 1.25 for an"
                    + " hour and a quarter), not " + hours.toPlainString());
        }
    }

    /** The latest planned end of the subject aims, else ZPROG001's planned end. */
    private static Optional<LocalDate> plannedEnd(BootcampProgramme programme) {
        Optional<LocalDate> subjects = programme.subjectAims().stream().map(LearnerRecord.Aim::learnPlanEndDate)
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
        return subjects.isPresent() ? subjects
                : programme.programmeAim().map(LearnerRecord.Aim::learnPlanEndDate);
    }
}
