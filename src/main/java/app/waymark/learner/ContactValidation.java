package app.waymark.learner;

import app.waymark.base.EmailAddresses;
import app.waymark.base.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normal forms of contact details, wherever staff or learners enter them. */
final class ContactValidation {

    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

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
        String postcode = IlrValues.blankToNull(value);
        if (postcode != null) {
            postcode = postcode.toUpperCase(Locale.ROOT);
            if (!POSTCODE.matcher(postcode).matches()) {
                throw new InvalidInputException("postcode", "Enter a UK postcode, e.g. BR1 7SS");
            }
        }
        return postcode;
    }

    private ContactValidation() {
    }
}
