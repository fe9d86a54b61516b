package app.waymark.ilr.reader;

import java.time.LocalDate;
import java.util.List;

/**
 * A LearningDelivery (an "aim"). Optional ILR fields are null when the file does not give them.
 *
 * @param learnAimRef        the LARS aim reference (1-8 letters or digits)
 * @param aimType            1 programme aim, 3 component, 4 not part of a programme, 5 core aim
 * @param aimSeqNumber       1-98, unique within the learner
 * @param learnStartDate     LearnStartDate
 * @param origLearnStartDate OrigLearnStartDate (restarts), or null
 * @param learnPlanEndDate   LearnPlanEndDate
 * @param fundModel          FundModel (10, 11, 25, 35, 36, 37, 38, 70, 81, 82 or 99)
 * @param progType           ProgType, or null
 * @param stdCode            StdCode, or null
 * @param pHours             PHours (planned off-the-job hours), or null
 * @param otjActHours        OTJActHours, or null
 * @param compStatus         1 continuing, 2 completed, 3 withdrawn, 6 break in learning
 * @param learnActEndDate    LearnActEndDate; present whenever CompStatus is 2 or 3
 * @param withdrawReason     WithdrawReason; present whenever CompStatus is 3
 * @param outcome            Outcome (1, 2, 3 or 8), or null
 * @param achDate            AchDate, or null
 * @param fams               the LearningDeliveryFAM records, in file order
 */
public record IlrLearningDelivery(String learnAimRef, int aimType, int aimSeqNumber, LocalDate learnStartDate,
                                  LocalDate origLearnStartDate, LocalDate learnPlanEndDate, int fundModel,
                                  Integer progType, Integer stdCode, Integer pHours, Integer otjActHours,
                                  int compStatus, LocalDate learnActEndDate, Integer withdrawReason,
                                  Integer outcome, LocalDate achDate, List<IlrFam> fams) {
}
