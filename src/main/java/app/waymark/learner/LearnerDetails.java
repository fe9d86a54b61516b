package app.waymark.learner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything the learner page shows; {@code leaverCategory} only for a learner who withdrew. */
public record LearnerDetails(LearnerSummary summary, Contact contact, Staff staff, boolean qaVerified,
                             boolean highNeeds, Programme programme, Preferences preferences,
                             LeaverCategory leaverCategory) {

    /** The learner's primary tutor and work coach (staff user ids), either or both unassigned (null). */
    public record Staff(UUID primaryTutorId, UUID workCoachId) {
    }

    public record Contact(String addLine1, String addLine2, String addLine3, String addLine4, String postcode,
                          String telNo, String mobileE164, String email) {
    }

    public record Preferences(String ilrYear, List<String> codes, List<String> suppressions) {
    }

    public record Aim(int aimSeqNumber, String learnAimRef, int aimType, int fundModel, Integer progType,
                      Integer stdCode, LocalDate learnStartDate, LocalDate learnPlanEndDate,
                      LocalDate learnActEndDate, int compStatus, Integer withdrawReason, Integer outcome,
                      LocalDate achDate, String fams) {
    }

    public record Employment(LocalDate dateEmpStatApp, int empStat, Long empId, String monitoring) {
    }

    public record Programme(List<Aim> aims, List<Employment> employment) {
    }
}
