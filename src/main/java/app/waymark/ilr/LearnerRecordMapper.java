package app.waymark.ilr;

import app.waymark.ilr.reader.IlrFam;
import app.waymark.ilr.reader.IlrLearner;
import app.waymark.ilr.reader.IlrYear;
import app.waymark.learner.LearnerRecord;

import java.util.List;

/** ILR learner (any supported year) to the portal's learner record. */
final class LearnerRecordMapper {

    static LearnerRecord toRecord(IlrLearner learner, IlrYear year) {
        return new LearnerRecord(learner.learnRefNumber(), learner.uln(), learner.familyName(), learner.givenNames(),
                learner.dateOfBirth(), learner.addLine1(), learner.addLine2(), learner.addLine3(), learner.addLine4(),
                learner.postcode(), learner.telNo(), learner.email(), fams(learner.learnerFams()),
                year.hasContactPreferences() ? year.label() : null,
                learner.contactPreferences().stream()
                        .map(p -> new LearnerRecord.ContactPreference(p.type(), p.code())).toList(),
                learner.employmentStatuses().stream().map(status -> new LearnerRecord.Employment(status.empStat(),
                        status.dateEmpStatApp(), status.empId(), status.monitoring().stream()
                        .map(m -> new LearnerRecord.Monitoring(m.type(), m.code())).toList())).toList(),
                learner.deliveries().stream().map(aim -> new LearnerRecord.Aim(aim.learnAimRef(), aim.aimType(),
                        aim.aimSeqNumber(), aim.learnStartDate(), aim.origLearnStartDate(), aim.learnPlanEndDate(),
                        aim.fundModel(), aim.progType(), aim.stdCode(), aim.pHours(), aim.otjActHours(),
                        aim.compStatus(), aim.learnActEndDate(), aim.withdrawReason(), aim.outcome(), aim.achDate(),
                        fams(aim.fams()))).toList());
    }

    private static List<LearnerRecord.Fam> fams(List<IlrFam> fams) {
        return fams.stream().map(f -> new LearnerRecord.Fam(f.type(), f.code(), f.dateFrom(), f.dateTo())).toList();
    }

    private LearnerRecordMapper() {
    }
}
