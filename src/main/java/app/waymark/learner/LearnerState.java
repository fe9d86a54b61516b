package app.waymark.learner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A learner with their aims and employment records, as change rules read them. */
record LearnerState(Learner learner, List<Aim> aims, List<Employment> employment) {

    static final int CONTINUING = 1;
    static final int WITHDRAWN = 3;
    static final int BREAK_IN_LEARNING = 6;
    static final int APPRENTICESHIP_FUNDING = 36;
    static final int APPRENTICESHIP_STANDARD = 25;

    LearnerState {
        aims = aims == null ? null : List.copyOf(aims);
        employment = employment == null ? null : List.copyOf(employment);
    }

    /** The learner without aims or employment records, for rules that read neither (two queries fewer). */
    static LearnerState learnerOnly(Learner learner) {
        return new LearnerState(learner, null, null);
    }

    @Override
    public List<Aim> aims() {
        return read(aims);
    }

    @Override
    public List<Employment> employment() {
        return read(employment);
    }

    private static <T> List<T> read(List<T> records) {
        if (records == null) {
            throw new IllegalStateException("The learner was read without aims and employment records:"
                    + " a rule that reads them must say so (ChangeEffect.readsAimsAndEmployment)");
        }
        return records;
    }

    /** One aim (ILR LearningDelivery) as stored, with what the programme-status changes need. */
    record Aim(UUID id, int aimSeqNumber, String learnAimRef, int aimType, LocalDate learnStartDate,
               LocalDate origLearnStartDate, LocalDate learnPlanEndDate, int fundModel, Integer progType,
               Integer stdCode, Integer pHours, int compStatus, LocalDate learnActEndDate, Integer withdrawReason,
               Integer outcome, String fams) {

        /** How staff find the aim in their MIS, e.g. "Aim 2 ZPROG001". */
        String record() {
            return "Aim " + aimSeqNumber + " " + learnAimRef;
        }

        boolean open() {
            return learnActEndDate == null;
        }

        /** The first start of this learning: the original start of a restarted aim, else its own start. */
        LocalDate firstStart() {
            return origLearnStartDate != null ? origLearnStartDate : learnStartDate;
        }

        Aim ended(int compStatus, LocalDate actualEnd, Integer reason, int outcome) {
            return new Aim(id, aimSeqNumber, learnAimRef, aimType, learnStartDate, origLearnStartDate,
                    learnPlanEndDate, fundModel, progType, stdCode, pHours, compStatus,
                    actualEnd == null ? learnActEndDate : actualEnd, reason, outcome, fams);
        }

        LearnerRecord.Aim asRecord() {
            return new LearnerRecord.Aim(learnAimRef, aimType, aimSeqNumber, learnStartDate, origLearnStartDate,
                    learnPlanEndDate, fundModel, progType, stdCode, pHours, null, compStatus, learnActEndDate,
                    withdrawReason, outcome, null, AimFams.read(fams));
        }

        boolean apprenticeship() {
            return fundModel == APPRENTICESHIP_FUNDING || (progType != null && progType == APPRENTICESHIP_STANDARD);
        }
    }

    /** One employment status record; {@code weeklyHours} is known only when Waymark recorded it. */
    record Employment(UUID id, LocalDate dateEmpStatApp, int empStat, Long empId, BigDecimal weeklyHours) {
    }

    List<Aim> openAims() {
        return aims().stream().filter(Aim::open).toList();
    }

    /** The aims on a break now: CompStatus 6 with a last day and no return since (ProgrammeStatusRule.onABreak). */
    List<Aim> aimsOnABreak() {
        List<LearnerRecord.Aim> records = aims().stream().map(Aim::asRecord).toList();
        List<Aim> onABreak = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            LearnerRecord.Aim aim = records.get(i);
            if (aim.learnActEndDate() != null && ProgrammeStatusRule.onABreak(aim, records)) {
                onABreak.add(aims().get(i));
            }
        }
        return onABreak;
    }

    /** The programme status and leaving date the learner would have with these aims. */
    static ProgrammeStatusRule.Derived derived(List<Aim> aims) {
        return ProgrammeStatusRule.derive(aims.stream().map(Aim::asRecord).toList());
    }

    int nextAimSeqNumber() {
        return aims().stream().mapToInt(Aim::aimSeqNumber).max().orElse(0) + 1;
    }
}
