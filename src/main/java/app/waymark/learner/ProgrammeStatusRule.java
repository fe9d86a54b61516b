package app.waymark.learner;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * DOMAIN.md section 2: a learner has left when every aim has an actual end date and none is on a break
 * (CompStatus 6; a break restarted as a new aim is over, decision 0028). The leaving date is the latest actual end
 * date of the programme aims (AimType 1), or of all aims when there is no programme aim.
 * See docs/decisions/0008-leaving-date-and-programme-status.md.
 */
public final class ProgrammeStatusRule {

    static final int PROGRAMME_AIM = 1;
    static final int WITHDRAWN = 3;
    static final int BREAK_IN_LEARNING = 6;

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
     * A break that is over: the aim on a break was restarted as a new aim (the same LearnAimRef, starting after the
     * break's last day). It stays CompStatus 6 in the ILR but no longer says anything about the learner's status.
     */
    private static boolean restarted(LearnerRecord.Aim aim, List<LearnerRecord.Aim> all) {
        return aim.compStatus() == BREAK_IN_LEARNING && aim.learnActEndDate() != null
                && all.stream().anyMatch(other -> other != aim && other.learnAimRef().equals(aim.learnAimRef())
                && other.learnStartDate() != null && other.learnStartDate().isAfter(aim.learnActEndDate()));
    }

    private ProgrammeStatusRule() {
    }
}
