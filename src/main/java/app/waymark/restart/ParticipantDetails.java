package app.waymark.restart;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What staff (or a DWP referral) say about a participant. The mobile is kept in E.164 form; {@code workCoachId} is
 * a member of the provider's staff, or {@code null} until one is given.
 */
public record ParticipantDetails(String givenNames, String familyName, LocalDate dateOfBirth,
                                 String nationalInsuranceNumber, Benefit benefit, LocalDate referralDate,
                                 String email, String mobileE164, String addressLine1, String postcode,
                                 UUID workCoachId, LocalDate startDate, LocalDate endDate) {
}
