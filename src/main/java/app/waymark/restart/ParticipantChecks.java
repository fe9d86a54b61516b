package app.waymark.restart;

import app.waymark.base.EmailAddresses;
import app.waymark.base.InvalidInputException;
import app.waymark.base.MobileNumbers;

import java.time.LocalDate;

/** Checks what staff typed about a participant, field by field, and returns it tidied (or says what is wrong). */
final class ParticipantChecks {

    static ParticipantDetails checked(ParticipantDetails details, LocalDate today) {
        String givenNames = name("givenNames", "Given names", details.givenNames());
        String familyName = name("familyName", "Family name", details.familyName());
        LocalDate dateOfBirth = details.dateOfBirth();
        if (dateOfBirth == null) {
            throw new InvalidInputException("dateOfBirth", "Enter the date of birth");
        }
        if (dateOfBirth.isAfter(today.minusYears(16)) || dateOfBirth.isBefore(today.minusYears(100))) {
            throw new InvalidInputException("dateOfBirth",
                    "The date of birth must make the participant between 16 and 100 years old");
        }
        String nino = NationalInsuranceNumbers.normalised(details.nationalInsuranceNumber()).orElseThrow(() ->
                new InvalidInputException("nationalInsuranceNumber", NationalInsuranceNumbers.problem(
                        NationalInsuranceNumbers.compact(details.nationalInsuranceNumber())).orElseThrow()));
        if (details.benefit() == null) {
            throw new InvalidInputException("benefit", "Choose the benefit: Universal Credit or JSA");
        }
        if (details.referralDate() == null) {
            throw new InvalidInputException("referralDate", "Enter the referral date");
        }
        if (details.referralDate().isAfter(today)) {
            throw new InvalidInputException("referralDate", "The referral date cannot be in the future");
        }
        String email = blankToNull(details.email());
        if (email != null && !EmailAddresses.isPlausible(email)) {
            throw new InvalidInputException("email", email + " is not an email address");
        }
        String mobile = blankToNull(details.mobileE164());
        if (mobile != null) {
            String typed = mobile;
            mobile = MobileNumbers.ukMobileE164(typed).orElseThrow(() ->
                    new InvalidInputException("mobile", typed + " is not a UK mobile number"));
        }
        if (email == null && mobile == null) {
            throw new InvalidInputException("email", "Enter an email address or a mobile number, or both");
        }
        if (details.startDate() != null && details.endDate() != null
                && details.endDate().isBefore(details.startDate())) {
            throw new InvalidInputException("endDate", "The end date cannot be before the start date");
        }
        return new ParticipantDetails(givenNames, familyName, dateOfBirth, nino, details.benefit(),
                details.referralDate(), email, mobile, blankToNull(details.addressLine1()),
                blankToNull(details.postcode()), details.workCoachId(), details.startDate(), details.endDate());
    }

    private static String name(String field, String label, String value) {
        String name = blankToNull(value);
        if (name == null) {
            throw new InvalidInputException(field, "Enter the " + label.toLowerCase(java.util.Locale.ROOT));
        }
        if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, label + " must be at most 100 letters, with no control characters");
        }
        return name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ParticipantChecks() {
    }
}
