package app.waymark.restart;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * National Insurance numbers in HMRC's format: two prefix letters, six digits and a suffix A-D. The first letter is
 * never D, F, I, Q, U or V; the second never D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are not issued.
 */
public final class NationalInsuranceNumbers {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{6}[A-D]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Set<Character> NOT_FIRST_LETTER = Set.of('D', 'F', 'I', 'Q', 'U', 'V');
    private static final Set<Character> NOT_SECOND_LETTER = Set.of('D', 'F', 'I', 'O', 'Q', 'U', 'V');
    private static final Set<String> NOT_ISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    /** The text without spaces, in capitals: the form numbers are kept and compared in. */
    public static String compact(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The number without spaces, in capitals, when it is one; empty otherwise. */
    public static Optional<String> normalised(String text) {
        String compact = compact(text);
        return problem(compact).isPresent() ? Optional.empty() : Optional.of(compact);
    }

    /** What is wrong with {@code compact} (see {@link #compact}) as a number, in words for whoever typed it. */
    public static Optional<String> problem(String compact) {
        String notANumber = (compact.isEmpty() ? "An empty value" : compact) + " is not a National Insurance number";
        if (!SHAPE.matcher(compact).matches()) {
            return Optional.of(notANumber + " (two letters, six digits and A, B, C or D, e.g. AB123456C)");
        }
        if (NOT_FIRST_LETTER.contains(compact.charAt(0))) {
            return Optional.of(notANumber + ": none starts with D, F, I, Q, U or V");
        }
        if (NOT_SECOND_LETTER.contains(compact.charAt(1))) {
            return Optional.of(notANumber + ": none has D, F, I, O, Q, U or V as its second letter");
        }
        if (NOT_ISSUED.contains(compact.substring(0, 2))) {
            return Optional.of(notANumber + ": none starts with BG, GB, KN, NK, NT, TN or ZZ");
        }
        return Optional.empty();
    }

    private NationalInsuranceNumbers() {
    }
}
