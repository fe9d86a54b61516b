package app.waymark.ilr.reader;

import java.time.LocalDate;
import java.util.List;

import static app.waymark.ilr.reader.IlrFieldRules.AIM_TYPES;
import static app.waymark.ilr.reader.IlrFieldRules.COMP_STATUSES;
import static app.waymark.ilr.reader.IlrFieldRules.COMP_STATUS_COMPLETED;
import static app.waymark.ilr.reader.IlrFieldRules.COMP_STATUS_WITHDRAWN;
import static app.waymark.ilr.reader.IlrFieldRules.LEARN_AIM_REF;
import static app.waymark.ilr.reader.IlrFieldRules.MAX_AIM_SEQ_NUMBER;
import static app.waymark.ilr.reader.IlrFieldRules.MIN_AIM_SEQ_NUMBER;
import static app.waymark.ilr.reader.IlrFieldRules.OUTCOMES;

/** Checks a LearningDelivery and its FAMs and maps them to {@link IlrLearningDelivery}. */
final class LearningDeliveryMapper {

    private LearningDeliveryMapper() {
    }

    /** The delivery, or null when it has a problem (which has then been reported). */
    static IlrLearningDelivery map(RawElement delivery, IlrYear year, LearnerProblems problems) {
        int problemsBefore = problems.count();
        FieldReader fields = new FieldReader(delivery, problems);
        String learnAimRef = fields.requiredMatching("LearnAimRef", LEARN_AIM_REF, "1-8 letters or digits");
        Integer aimType = fields.requiredCode("AimType", AIM_TYPES);
        Integer aimSeqNumber = aimSeqNumber(fields);
        LocalDate learnStartDate = fields.requiredDate("LearnStartDate");
        LocalDate origLearnStartDate = fields.date("OrigLearnStartDate");
        LocalDate learnPlanEndDate = fields.requiredDate("LearnPlanEndDate");
        Integer fundModel = fields.requiredCode("FundModel", year.rules().fundModels());
        Integer progType = fields.integer("ProgType");
        Integer stdCode = fields.integer("StdCode");
        Integer pHours = fields.integer("PHours");
        Integer otjActHours = fields.integer("OTJActHours");
        Integer compStatus = fields.requiredCode("CompStatus", COMP_STATUSES);
        LocalDate learnActEndDate = learnActEndDate(fields, compStatus, learnStartDate);
        Integer withdrawReason = fields.integer("WithdrawReason");
        if (Integer.valueOf(COMP_STATUS_WITHDRAWN).equals(compStatus) && fields.text("WithdrawReason") == null) {
            fields.problem("WithdrawReason", "WithdrawReason is required when CompStatus is 3");
        }
        Integer outcome = fields.code("Outcome", OUTCOMES);
        LocalDate achDate = fields.date("AchDate");
        List<IlrFam> fams = delivery.groups("LearningDeliveryFAM").stream().map(fam -> fam(fam, year, problems))
                .toList();
        if (problems.count() > problemsBefore) {
            return null;
        }
        return new IlrLearningDelivery(learnAimRef, aimType, aimSeqNumber, learnStartDate, origLearnStartDate,
                learnPlanEndDate, fundModel, progType, stdCode, pHours, otjActHours, compStatus, learnActEndDate,
                withdrawReason, outcome, achDate, fams);
    }

    private static Integer aimSeqNumber(FieldReader fields) {
        Integer aimSeqNumber = fields.requiredInteger("AimSeqNumber");
        if (aimSeqNumber != null && (aimSeqNumber < MIN_AIM_SEQ_NUMBER || aimSeqNumber > MAX_AIM_SEQ_NUMBER)) {
            fields.problem("AimSeqNumber", "AimSeqNumber must be from " + MIN_AIM_SEQ_NUMBER + " to "
                    + MAX_AIM_SEQ_NUMBER + FieldReader.found(fields.text("AimSeqNumber")));
            return null;
        }
        return aimSeqNumber;
    }

    private static LocalDate learnActEndDate(FieldReader fields, Integer compStatus, LocalDate learnStartDate) {
        LocalDate learnActEndDate = fields.date("LearnActEndDate");
        boolean ended = Integer.valueOf(COMP_STATUS_COMPLETED).equals(compStatus)
                || Integer.valueOf(COMP_STATUS_WITHDRAWN).equals(compStatus);
        if (ended && fields.text("LearnActEndDate") == null) {
            fields.problem("LearnActEndDate", "LearnActEndDate is required when CompStatus is " + compStatus);
        }
        if (learnActEndDate != null && learnStartDate != null && learnActEndDate.isBefore(learnStartDate)) {
            fields.problem("LearnActEndDate", "LearnActEndDate " + learnActEndDate
                    + " must not be before LearnStartDate " + learnStartDate);
            return null;
        }
        return learnActEndDate;
    }

    private static IlrFam fam(RawElement fam, IlrYear year, LearnerProblems problems) {
        int problemsBefore = problems.count();
        FieldReader fields = new FieldReader(fam, problems);
        String type = fields.requiredMatching("LearnDelFAMType", IlrFieldRules.MONITORING_TYPE, "3 capital letters");
        String code = fields.requiredMatching("LearnDelFAMCode", IlrFieldRules.FAM_CODE, "1-5 letters or digits");
        LocalDate dateFrom = fields.date("LearnDelFAMDateFrom");
        LocalDate dateTo = fields.date("LearnDelFAMDateTo");
        if (type != null && code != null && year.rules().famRemoved(type, code)) {
            fields.problem("LearnDelFAMCode", "LearnDelFAM " + type + " " + code + " is not part of the " + year.label()
                    + " ILR");
        }
        return problems.count() > problemsBefore ? null : new IlrFam(type, code, dateFrom, dateTo);
    }
}
