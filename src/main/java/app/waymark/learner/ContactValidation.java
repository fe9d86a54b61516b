package app.waymark.learner;

import app.waymark.base.EmailAddresses;
import app.waymark.base.InvalidInputException;

/** Checks and normal forms of contact details, wherever staff or learners enter them. */
final class ContactValidation {

    /** A plausible address of at most 100 characters, or null for none. */
    static String email(String value) {
        String email = IlrValues.blankToNull(value);
        if (email != null && (!EmailAddresses.isPlausible(email) || email.length() > 100)) {
            throw new InvalidInputException("email", "Enter an email address in the form name@example.org");
        }
        return email;
    }

    /** 6 to 18 digits (an optional leading +), spaces, brackets and dashes removed; null for none. */
    static String telNo(String value) {
        String telNo = IlrValues.blankToNull(value);
        if (telNo != null) {
            telNo = telNo.replaceAll("[\\s()-]", "");
            if (!telNo.matches("\\+?[0-9]{6,18}")) {
                throw new InvalidInputException("telNo", "Telephone must be 6 to 18 digits");
            }
        }
        return telNo;
    }

    /** A UK postcode in capitals, or null for none. */
    static String postcode(String value) {
        if (IlrValues.blankToNull(value) == null) {
            return null;
        }
        return UkPostcodes.normalised(value)
                .orElseThrow(() -> new InvalidInputException("postcode", "Enter a UK postcode, e.g. BR1 7SS"));
    }

    private ContactValidation() {
    }
}
