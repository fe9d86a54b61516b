package app.waymark.branding;

import app.waymark.base.InvalidInputException;
import app.waymark.base.MobileNumbers;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The name or number a tenant's text messages come from, checked against what UK networks deliver: an alphanumeric
 * ID of 3 to 11 letters and digits with at least one letter, or a phone number (a UK mobile, or any valid number
 * with its international code). An ID of digits only is taken as a phone number.
 */
public final class SmsSenderIds {

    public enum Kind { ALPHANUMERIC, PHONE_NUMBER }

    /**
     * @param normalised what to send as the originator: the ID as typed without surrounding spaces, or the
     *                   number in E.164 form (+447700900123)
     * @param warnings   reasons the ID may be blocked or confuse learners; it is still accepted
     */
    public record SenderIdCheck(String normalised, Kind kind, List<String> warnings) {

        public SenderIdCheck {
            warnings = List.copyOf(warnings);
        }
    }

    public static final int MIN_ALPHANUMERIC_LENGTH = 3;
    public static final int MAX_ALPHANUMERIC_LENGTH = 11;
    /** E.164's limit, country code included. */
    public static final int MAX_PHONE_DIGITS = 15;

    private static final String FIELD = "smsSenderId";
    /*
     * Only A-Z and 0-9: some UK networks and aggregators also pass spaces, hyphens or '&', others drop or mangle
     * them (or the whole message), so the safe set is the one every network delivers.
     */
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");
    /** Digits with the usual separators and an optional leading +: meant as a phone number. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("\\+?[ ()-]*[0-9][0-9 ()-]*");
    /*
     * Names that say nothing about the sender. Networks filter them and Ofcom's SMS SenderID Protection Registry
     * blocks unregistered use of many, and a learner cannot tell which provider sent "INFO" (a phishing pattern).
     * Hyphenated forms such as NO-REPLY are refused outright by the character rule.
     */
    private static final Set<String> GENERIC = Set.of(
            "INFO", "SMS", "TEXT", "TXT", "ALERT", "ALERTS", "NOTICE", "NOTIFY", "MESSAGE", "MESSAGES", "MSG",
            "VERIFY", "BANK", "ADMIN", "SUPPORT", "NOREPLY", "DONOTREPLY", "SERVICE", "UPDATE", "UPDATES", "HELP",
            "REMINDER", "SURVEY", "COLLEGE", "TRAINING", "SECURITY", "ACCOUNT");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    public static SenderIdCheck check(String senderId) {
        if (senderId == null || senderId.isBlank()) {
            throw new InvalidInputException(FIELD, "Enter a sender ID: 3 to 11 letters and digits, such as"
                    + " WaymarkTC, or a mobile number.");
        }
        String trimmed = senderId.strip();
        if (NUMBER_LIKE.matcher(trimmed).matches()) {
            return phoneNumber(trimmed);
        }
        return alphanumeric(trimmed);
    }

    private static SenderIdCheck alphanumeric(String id) {
        if (!ALPHANUMERIC.matcher(id).matches()) {
            throw new InvalidInputException(FIELD, "A sender ID can only use the letters A to Z and the digits 0"
                    + " to 9, so that every network delivers it: remove " + disallowedIn(id) + " from \"" + id + "\".");
        }
        if (id.length() < MIN_ALPHANUMERIC_LENGTH || id.length() > MAX_ALPHANUMERIC_LENGTH) {
            throw new InvalidInputException(FIELD, "A sender ID must be 3 to 11 characters long; \"" + id
                    + "\" has " + id.length() + ".");
        }
        List<String> warnings = GENERIC.contains(id.toUpperCase(Locale.ROOT))
                ? List.of("\"" + id + "\" is a generic name: mobile networks and Ofcom's SMS SenderID Protection"
                        + " Registry may block generic sender IDs, and learners cannot tell who sent the message."
                        + " Use your organisation's name or an abbreviation of it.")
                : List.of();
        return new SenderIdCheck(id, Kind.ALPHANUMERIC, warnings);
    }

    private static SenderIdCheck phoneNumber(String typed) {
        PhoneNumber number;
        try {
            number = PHONES.parse(typed, "GB");
        } catch (NumberParseException e) {
            throw e.getErrorType() == NumberParseException.ErrorType.TOO_LONG ? tooLong(typed) : notAMobile(typed);
        }
        String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        if (e164.length() - 1 > MAX_PHONE_DIGITS) {
            throw tooLong(typed);
        }
        if (number.getCountryCode() == 44) {
            if (!MobileNumbers.isUkMobile(number)) {
                throw notAMobile(typed);
            }
        } else if (!PHONES.isValidNumber(number)) {
            throw new InvalidInputException(FIELD, "\"" + typed + "\" is not a valid phone number for country code +"
                    + number.getCountryCode() + ". Check the number, or use a sender ID with letters.");
        }
        return new SenderIdCheck(e164, Kind.PHONE_NUMBER, List.of());
    }

    private static InvalidInputException tooLong(String typed) {
        return new InvalidInputException(FIELD, "\"" + typed + "\" is too long for a phone number: it can have at most"
                + " 15 digits, country code included.");
    }

    private static InvalidInputException notAMobile(String typed) {
        return new InvalidInputException(FIELD, "\"" + typed + "\" is not a UK mobile number. A sender ID made only"
                + " of digits must be a mobile number, such as 07700 900123 or +44 7700 900123 (or a number with"
                + " its international code, such as +353 85 123 4567); otherwise include at least one letter.");
    }

    private static String disallowedIn(String id) {
        return id.codePoints()
                .filter(c -> !ALPHANUMERIC.matcher(Character.toString(c)).matches())
                .distinct()
                .mapToObj(c -> c == ' ' ? "spaces" : "'" + Character.toString(c) + "'")
                .collect(Collectors.collectingAndThen(Collectors.toList(), SmsSenderIds::joinedWithAnd));
    }

    private static String joinedWithAnd(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private SmsSenderIds() {
    }
}
