package app.waymark.ilr.reader;

import java.time.LocalDate;
import java.util.List;

/**
 * A Learner that passed every check of the reader. Text is trimmed and otherwise exactly as in the file; optional
 * fields are null when absent. Lists keep file order and are never null.
 *
 * @param line               the line of the {@code <Learner>} start tag
 * @param learnRefNumber     the provider's key for the learner, kept as text
 * @param uln                the 10-digit ULN ({@code 9999999999} = not known)
 * @param familyName         FamilyName, or null
 * @param givenNames         GivenNames, or null
 * @param dateOfBirth        DateOfBirth, or null
 * @param addLine1           AddLine1, or null
 * @param addLine2           AddLine2, or null
 * @param addLine3           AddLine3, or null
 * @param addLine4           AddLine4, or null
 * @param postcode           Postcode ({@code ZZ99 9ZZ} = not known)
 * @param telNo              TelNo (digits only), or null
 * @param email              Email, or null
 * @param learnerFams        the LearnerFAM records (their dates are always null)
 * @param contactPreferences the ContactPreference records; always empty for 2025-26 files
 * @param employmentStatuses the LearnerEmploymentStatus records
 * @param deliveries         the LearningDelivery records
 */
public record IlrLearner(int line, String learnRefNumber, String uln, String familyName, String givenNames,
                         LocalDate dateOfBirth, String addLine1, String addLine2, String addLine3, String addLine4,
                         String postcode, String telNo, String email, List<IlrFam> learnerFams,
                         List<IlrContactPreference> contactPreferences,
                         List<IlrEmploymentStatus> employmentStatuses, List<IlrLearningDelivery> deliveries) {
}
