package app.waymark.learner;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UK postcode check every form uses (staff's learner and tracker forms, the learner portal): capitals, the
 * outward code, an optional space and the inward code, e.g. "LS1 4AB".
 */
public final class UkPostcodes {

    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    /** The postcode in capitals, surrounding spaces removed; empty when it is not a UK postcode (or is blank). */
    public static Optional<String> normalised(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String postcode = value.strip().toUpperCase(Locale.ROOT);
        return POSTCODE.matcher(postcode).matches() ? Optional.of(postcode) : Optional.empty();
    }

    private UkPostcodes() {
    }
}
