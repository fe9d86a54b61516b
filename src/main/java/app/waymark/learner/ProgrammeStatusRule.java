package app.waymark.learner;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * DOMAIN.md section 2: a learner has left when every aim has an actual end date and none is on a break
 * (CompStatus 6; a break the learner returned from is over, decisions 0028 and 0044: {@link #onABreak}). The leaving
 * date is the latest actual end date of the programme aims (AimType 1), or of all aims when there is no programme aim.
 * See docs/decisions/0008-leaving-date-and-programme-status.md.
 */
public final class ProgrammeStatusRule {

    static final int PROGRAMME_AIM = 1;
    static final int WITHDRAWN = 3;
    static final int BREAK_IN_LEARNING = 6;
    static final String RESTART_FAM = "RES";

    public record Derived(ProgrammeStatus status, LocalDate leavingDate) {
    }

    public static Derived derive(List<LearnerRecord.Aim> all) {
        List<LearnerRecord.Aim> aims = all.stream().filter(aim -> !restarted(aim, all)).toList();
        if (aims.isEmpty() || aims.stream().anyMatch(aim -> aim.learnActEndDate() == null)) {
            return new Derived(ProgrammeStatus.CONTINUING, null);
        }
        if (aims.stream().anyMatch(aim -> aim.compStatus() == BREAK_IN_LEARNING)) {
            return new Derived(ProgrammeStatus.ON_A_BREAK, null);
        }
        List<LearnerRecord.Aim> programmeAims = aims.stream().filter(aim -> aim.aimType() == PROGRAMME_AIM).toList();
        List<LearnerRecord.Aim> decisive = programmeAims.isEmpty() ? aims : programmeAims;
        LocalDate leavingDate = decisive.stream().map(LearnerRecord.Aim::learnActEndDate)
                .max(Comparator.naturalOrder()).orElseThrow();
        boolean allWithdrawn = decisive.stream().allMatch(aim -> aim.compStatus() == WITHDRAWN);
        return new Derived(allWithdrawn ? ProgrammeStatus.WITHDRAWN : ProgrammeStatus.COMPLETED, leavingDate);
    }

    /**
     * Whether {@code aim} says the learner is on a break now: CompStatus 6 with no return since. The ILR keeps
     * CompStatus 6 on the pre-break aim after the learner returns (decisions 0028 and 0044), so the break is over when
     * another aim of the same programme (where that can be told: {@link #sameProgramme}) marks the return:
     * <ul>
     *     <li>a restart, with the RES LearningDeliveryFAM, starting on or after the break's last day (the restart may
     *     have another LearnAimRef, e.g. a new version of a standard's component);</li>
     *     <li>or an aim with the same LearnAimRef starting after the break's last day.</li>
     * </ul>
     */
    public static boolean onABreak(LearnerRecord.Aim aim, List<LearnerRecord.Aim> all) {
        return aim.compStatus() == BREAK_IN_LEARNING
                && (aim.learnActEndDate() == null || all.stream().noneMatch(other -> returnFrom(aim, other)));
    }

    private static boolean restarted(LearnerRecord.Aim aim, List<LearnerRecord.Aim> all) {
        return aim.compStatus() == BREAK_IN_LEARNING && !onABreak(aim, all);
    }

    private static boolean returnFrom(LearnerRecord.Aim onBreak, LearnerRecord.Aim other) {
        if (other == onBreak || other.learnStartDate() == null || !sameProgramme(onBreak, other)) {
            return false;
        }
        LocalDate lastDay = onBreak.learnActEndDate();
        boolean restart = other.fams() != null && other.fams().stream().anyMatch(fam -> RESTART_FAM.equals(fam.type()));
        return restart ? !other.learnStartDate().isBefore(lastDay)
                : other.learnAimRef().equals(onBreak.learnAimRef()) && other.learnStartDate().isAfter(lastDay);
    }

    /**
     * Whether {@code other} can be a return to the programme of {@code onBreak}: a programme aim (AimType 1) returns
     * only by a programme aim, and ProgType and StdCode must agree where both aims have them. Aims outside any
     * programme (no ProgType) cannot be told apart, so any of them may be the return.
     */
    static boolean sameProgramme(LearnerRecord.Aim onBreak, LearnerRecord.Aim other) {
        return (onBreak.aimType() != PROGRAMME_AIM || other.aimType() == PROGRAMME_AIM)
                && agree(onBreak.progType(), other.progType()) && agree(onBreak.stdCode(), other.stdCode());
    }

    private static boolean agree(Integer one, Integer other) {
        return one == null || other == null || one.equals(other);
    }

    private ProgrammeStatusRule() {
    }
}
