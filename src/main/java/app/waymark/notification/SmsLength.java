package app.waymark.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How an SMS text will be sent and how many message parts (each charged) it takes. A text that fits the GSM 03.38
 * 7-bit alphabet goes as GSM-7 (160 characters in one part); a single character outside it, such as a curly
 * apostrophe pasted from a word processor or an emoji, makes the whole text UCS-2 (70 per part).
 */
public final class SmsLength {

    public enum Encoding { GSM_7, UCS_2 }

    /**
     * @param units            septets for GSM-7, UTF-16 code units for UCS-2
     * @param nonGsmCharacters the distinct characters that forced UCS-2, in order of first use (empty for GSM-7)
     */
    public record Measure(Encoding encoding, int units, int segments, List<String> nonGsmCharacters) {

        public Measure {
            nonGsmCharacters = List.copyOf(nonGsmCharacters);
        }
    }

    public static final int GSM_7_SINGLE = 160;
    /** Each part of a long message gives 7 septets to the concatenation header. */
    public static final int GSM_7_PER_PART = 153;
    public static final int UCS_2_SINGLE = 70;
    public static final int UCS_2_PER_PART = 67;

    /** The GSM 03.38 default alphabet; 0x09 is the capital Ç of 3GPP TS 23.038 (a small ç goes as UCS-2). */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Sent as an escape septet followed by the character's septet, so each counts 2. */
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    public static Measure measure(String text) {
        Objects.requireNonNull(text, "text");
        Set<String> nonGsm = new LinkedHashSet<>();
        text.codePoints()
                .filter(c -> septets(c) == 0)
                .forEach(c -> nonGsm.add(Character.toString(c)));
        if (nonGsm.isEmpty()) {
            List<Integer> weights = text.codePoints().map(SmsLength::septets).boxed().toList();
            return count(Encoding.GSM_7, weights, GSM_7_SINGLE, GSM_7_PER_PART, List.of());
        }
        List<Integer> weights = text.codePoints().map(Character::charCount).boxed().toList();
        return count(Encoding.UCS_2, weights, UCS_2_SINGLE, UCS_2_PER_PART, new ArrayList<>(nonGsm));
    }

    /**
     * Characters are weighed one by one so that none is split between parts: phones reassemble a long message
     * part by part, so an escaped GSM character (2 septets) or an emoji's surrogate pair (2 code units) that would
     * straddle a boundary moves whole to the next part, and the count can be one more than units / per-part.
     */
    private static Measure count(Encoding encoding, List<Integer> weights, int single, int perPart,
                                 List<String> nonGsm) {
        int units = weights.stream().mapToInt(Integer::intValue).sum();
        if (units == 0) {
            return new Measure(encoding, 0, 0, nonGsm);
        }
        if (units <= single) {
            return new Measure(encoding, units, 1, nonGsm);
        }
        int segments = 1;
        int inSegment = 0;
        for (int weight : weights) {
            if (inSegment + weight > perPart) {
                segments++;
                inSegment = 0;
            }
            inSegment += weight;
        }
        return new Measure(encoding, units, segments, nonGsm);
    }

    /** 1 for the basic alphabet, 2 for the extension table, 0 for characters GSM-7 cannot send. */
    private static int septets(int codePoint) {
        if (GSM_BASIC.indexOf(codePoint) >= 0) {
            return 1;
        }
        return GSM_EXTENSION.indexOf(codePoint) >= 0 ? 2 : 0;
    }

    private SmsLength() {
    }
}
