package app.waymark.branding;

import app.waymark.base.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a tenant's primary colour is readable, by the WCAG 2.x contrast ratio. The portal puts white text on the
 * primary colour (buttons, header) and uses the primary colour for links and text on white, so one number decides
 * both: the ratio against white.
 */
public final class ColourContrast {

    public static final Rgb WHITE = new Rgb(0xFF, 0xFF, 0xFF);
    /** A dark slate close to Lumo's body text colour: what the page text looks like next to the primary colour. */
    public static final Rgb DARK_TEXT = new Rgb(0x1F, 0x29, 0x33);
    /** WCAG 2.x success criterion 1.4.3 (level AA) for normal-size text. */
    public static final double MINIMUM_TEXT_CONTRAST = 4.5;

    private static final String FIELD = "primaryColour";
    private static final Pattern HEX = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    /** A colour of the sRGB space, each channel 0 to 255. */
    public record Rgb(int red, int green, int blue) {

        public Rgb {
            requireChannel(red);
            requireChannel(green);
            requireChannel(blue);
        }

        /** {@code #RRGGBB} or {@code #RGB}, either case, surrounding spaces ignored. */
        public static Rgb parse(String hex) {
            if (hex == null || hex.isBlank()) {
                throw new InvalidInputException(FIELD, "Enter the colour as a hex code such as #1D4F91.");
            }
            String trimmed = hex.strip();
            if (!HEX.matcher(trimmed).matches()) {
                throw new InvalidInputException(FIELD, "'" + trimmed + "' is not a colour hex code: use # followed by"
                        + " 6 hex digits (0-9, A-F), such as #1D4F91, or the short form with 3, such as #17A.");
            }
            String digits = trimmed.substring(1);
            if (digits.length() == 3) {
                digits = digits.replaceAll("(.)", "$1$1");
            }
            int value = Integer.parseInt(digits, 16);
            return new Rgb(value >> 16, (value >> 8) & 0xFF, value & 0xFF);
        }

        /** {@code #RRGGBB} in upper case. */
        public String hex() {
            return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
        }

        /** WCAG 2.x relative luminance: 0 for black, 1 for white. */
        public double relativeLuminance() {
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
        }

        private static double linear(int channel) {
            double srgb = channel / 255.0;
            // 0.04045 is the sRGB standard's threshold; WCAG 2.0 printed 0.03928, which gives the same result for
            // every 8-bit value.
            return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
        }

        private static void requireChannel(int channel) {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("Colour channel out of range 0-255: " + channel);
            }
        }
    }

    /** Contrast ratios of the primary colour; it {@link #passes()} when white text on it is readable. */
    public record ContrastCheck(double againstWhite, double againstDarkText) {

        public boolean passes() {
            return againstWhite >= MINIMUM_TEXT_CONTRAST;
        }
    }

    public static ContrastCheck check(String primaryColour) {
        Rgb colour = Rgb.parse(primaryColour);
        return new ContrastCheck(contrastRatio(colour, WHITE), contrastRatio(colour, DARK_TEXT));
    }

    /** WCAG 2.x contrast ratio, from 1 (same luminance) to 21 (black and white); order does not matter. */
    public static double contrastRatio(Rgb first, Rgb second) {
        double a = first.relativeLuminance();
        double b = second.relativeLuminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** E.g. {@code 4.52:1}. Rounded down, so a ratio just under 4.5 never shows as a passing 4.50. */
    public static String format(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.FLOOR).toPlainString() + ":1";
    }

    private ColourContrast() {
    }
}
