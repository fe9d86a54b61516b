package app.waymark.bootcamp;

import app.waymark.learner.LearnerRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import static app.waymark.base.Translatable.day;

/**
 * What guided learning hours can be recorded for a day of a learner's Skills Bootcamp (decision 0058): a day that has
 * passed, within the training (from the programme's start to the subject aims' actual end, or their planned end
 * while the training continues), more than 0 and at most {@link #MOST_HOURS_A_DAY} hours in hundredths. Plain Java.
 */
final class HoursChecks {

    /** A long teaching day and an evening session; catches typos (75 for 7.5) and minutes keyed as hours. */
    static final BigDecimal MOST_HOURS_A_DAY = BigDecimal.valueOf(12);

    private HoursChecks() {
    }

    static void check(LocalDate deliveredOn, BigDecimal hours, BootcampProgramme programme, LocalDate today) {
        if (deliveredOn == null) {
            throw HoursError.DAY_MISSING.refusal();
        }
        if (deliveredOn.isAfter(today)) {
            throw HoursError.DAY_IN_FUTURE.refusal(day(deliveredOn));
        }
        if (programme.start() == null) {
            throw HoursError.NO_PROGRAMME_START.refusal(day(deliveredOn));
        }
        if (deliveredOn.isBefore(programme.start())) {
            throw HoursError.DAY_BEFORE_START.refusal(day(deliveredOn), day(programme.start()));
        }
        Optional<LocalDate> actualEnd = programme.trainingEnd();
        if (actualEnd.isPresent() && deliveredOn.isAfter(actualEnd.get())) {
            throw HoursError.DAY_AFTER_TRAINING.refusal(day(deliveredOn), day(actualEnd.get()));
        }
        Optional<LocalDate> plannedEnd = actualEnd.isPresent() ? Optional.empty() : plannedEnd(programme);
        if (plannedEnd.isPresent() && deliveredOn.isAfter(plannedEnd.get())) {
            throw HoursError.DAY_AFTER_PLANNED_END.refusal(day(deliveredOn), day(plannedEnd.get()));
        }
        if (hours == null) {
            throw HoursError.HOURS_MISSING.refusal();
        }
        if (hours.signum() <= 0) {
            throw HoursError.HOURS_NOT_POSITIVE.refusal(hours);
        }
        if (hours.compareTo(MOST_HOURS_A_DAY) > 0) {
            throw HoursError.HOURS_TOO_MANY.refusal(MOST_HOURS_A_DAY, hours);
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw HoursError.HOURS_TOO_PRECISE.refusal(hours.toPlainString());
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
