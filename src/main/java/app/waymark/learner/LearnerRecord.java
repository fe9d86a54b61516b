package app.waymark.learner;

import java.time.LocalDate;
import java.util.List;

/**
 * A learner as a provider's MIS describes them (one ILR {@code Learner}), for the import to write.
 * {@code contactPreferencesYear} is the ILR year the preferences came from, or null when the file's year has none
 * (2025-26 on): then the preferences already held are kept.
 */
public record LearnerRecord(String learnRefNumber, String uln, String familyName, String givenNames,
                            LocalDate dateOfBirth, String addLine1, String addLine2, String addLine3, String addLine4,
                            String postcode, String telNo, String email, List<Fam> learnerFams,
                            String contactPreferencesYear, List<ContactPreference> contactPreferences,
                            List<Employment> employment, List<Aim> aims) {

    public record Fam(String type, String code, LocalDate dateFrom, LocalDate dateTo) {
    }

    public record ContactPreference(String type, int code) {
    }

    public record Monitoring(String type, int code) {
    }

    public record Employment(int empStat, LocalDate dateEmpStatApp, Long empId, List<Monitoring> monitoring) {
    }

    public record Aim(String learnAimRef, int aimType, int aimSeqNumber, LocalDate learnStartDate,
                      LocalDate origLearnStartDate, LocalDate learnPlanEndDate, int fundModel, Integer progType,
                      Integer stdCode, Integer pHours, Integer otjActHours, int compStatus, LocalDate learnActEndDate,
                      Integer withdrawReason, Integer outcome, LocalDate achDate, List<Fam> fams) {
    }
}
