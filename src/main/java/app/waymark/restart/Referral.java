package app.waymark.restart;

import java.time.LocalDate;

/**
 * One referral line as read: every value checked; line is the 1-based line number in the file (header = line 1).
 * The National Insurance number is normalised (no spaces, capitals), the mobile number is in E.164 form, the postcode
 * in capitals with one space; email, mobile, address line 1, postcode and work coach email are null when left blank.
 */
public record Referral(int line, String givenNames, String familyName, LocalDate dateOfBirth,
                       String nationalInsuranceNumber, Benefit benefit, LocalDate referralDate,
                       String email, String mobileE164, String addressLine1, String postcode,
                       String workCoachEmail) {
}
