package app.waymark.learner;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reporting category of a learner who withdrew (decision 0036), derived from the aims and never stored, so
 * withdrawing (a lifecycle status) cannot spoil it: a non-starter left within the qualifying period of the
 * programme (42 days when it was planned to last 168 days or more, 14 days when planned for 14 to 167 days, 1 day
 * otherwise), counted from the original start date when the learner returned from a break; an early leaver withdrew
 * after it, without completing.
 */
public enum LeaverCategory {
    NON_STARTER, EARLY_LEAVER;

    private static final int PROGRAMME_AIM = 1;

    /** The category, for a learner whose aims make them withdrawn; empty for anyone else. */
    public static Optional<LeaverCategory> of(List<LearnerRecord.Aim> aims) {
        ProgrammeStatusRule.Derived derived = ProgrammeStatusRule.derive(aims);
        if (derived.status() != ProgrammeStatus.WITHDRAWN) {
            return Optional.empty();
        }
        List<LearnerRecord.Aim> programmeAims = aims.stream().filter(aim -> aim.aimType() == PROGRAMME_AIM).toList();
        List<LearnerRecord.Aim> decisive = programmeAims.isEmpty() ? aims : programmeAims;
        Optional<LocalDate> start = decisive.stream().map(LeaverCategory::originalStart).filter(date -> date != null)
                .min(Comparator.naturalOrder());
        Optional<LocalDate> plannedEnd = decisive.stream().map(LearnerRecord.Aim::learnPlanEndDate)
                .filter(date -> date != null).max(Comparator.naturalOrder());
        if (start.isEmpty() || plannedEnd.isEmpty()) {
            return Optional.of(EARLY_LEAVER);
        }
        long daysInLearning = ChronoUnit.DAYS.between(start.get(), derived.leavingDate()) + 1;
        return Optional.of(daysInLearning < qualifyingDays(start.get(), plannedEnd.get()) ? NON_STARTER
                : EARLY_LEAVER);
    }

    /** The qualifying period in days, from the planned length of the programme. */
    public static int qualifyingDays(LocalDate start, LocalDate plannedEnd) {
        long planned = ChronoUnit.DAYS.between(start, plannedEnd) + 1;
        if (planned >= 168) {
            return 42;
        }
        return planned >= 14 ? 14 : 1;
    }

    private static LocalDate originalStart(LearnerRecord.Aim aim) {
        return aim.origLearnStartDate() != null ? aim.origLearnStartDate() : aim.learnStartDate();
    }
}
