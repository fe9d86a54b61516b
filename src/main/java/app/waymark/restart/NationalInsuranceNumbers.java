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

    private static final Pattern SHAPE = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]");
    private static final Set<String> NOT_ISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    /** The number without spaces, in capitals, when it is one; empty otherwise. */
    public static Optional<String> normalised(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches() || NOT_ISSUED.contains(compact.substring(0, 2))) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    /** The problem with {@code text} as a National Insurance number, in words for the person who typed it. */
    public static String problem(String text) {
        return (text == null || text.isBlank() ? "An empty value" : text.strip())
                + " is not a National Insurance number (two letters, six digits and A, B, C or D, e.g. AB123456C)";
    }

    private NationalInsuranceNumbers() {
    }
}
