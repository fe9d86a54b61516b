package app.waymark.branding;

import app.waymark.base.InvalidInputException;
import app.waymark.branding.ColourContrast.Rgb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ColourContrastTest {

    @Test
    void black_on_white_is_21_to_1_and_a_colour_against_itself_is_1_to_1() {
        assertThat(ColourContrast.contrastRatio(Rgb.parse("#000000"), ColourContrast.WHITE)).isEqualTo(21.0);
        assertThat(ColourContrast.contrastRatio(ColourContrast.WHITE, Rgb.parse("#000000"))).isEqualTo(21.0);
        assertThat(ColourContrast.contrastRatio(Rgb.parse("#1d4f91"), Rgb.parse("#1D4F91"))).isEqualTo(1.0);
    }

    @Test
    void relative_luminance_matches_wcag_reference_values() {
        assertThat(Rgb.parse("#000000").relativeLuminance()).isZero();
        assertThat(Rgb.parse("#FFFFFF").relativeLuminance()).isCloseTo(1.0, within(1e-9));
        assertThat(Rgb.parse("#FF0000").relativeLuminance()).isCloseTo(0.2126, within(1e-9));
        assertThat(Rgb.parse("#808080").relativeLuminance()).isCloseTo(0.2159, within(1e-4));
    }

    @Test
    void grey_767676_is_the_lightest_grey_that_passes_on_white() {
        ColourContrast.ContrastCheck check = ColourContrast.check("#767676");

        assertThat(check.againstWhite()).isCloseTo(4.54, within(0.005));
        assertThat(check.passes()).isTrue();
        assertThat(ColourContrast.format(check.againstWhite())).isEqualTo("4.54:1");
    }

    @Test
    void grey_777777_fails_on_white() {
        ColourContrast.ContrastCheck check = ColourContrast.check("#777777");

        assertThat(check.againstWhite()).isCloseTo(4.48, within(0.005));
        assertThat(check.passes()).isFalse();
    }

    @Test
    void a_light_colour_fails_on_white_and_contrasts_well_with_dark_text() {
        ColourContrast.ContrastCheck check = ColourContrast.check("#FFD700");

        assertThat(check.passes()).isFalse();
        assertThat(check.againstWhite()).isLessThan(2);
        assertThat(check.againstDarkText()).isGreaterThan(ColourContrast.MINIMUM_TEXT_CONTRAST);
    }

    @Test
    void the_default_waymark_blue_passes() {
        ColourContrast.ContrastCheck check = ColourContrast.check("#1D4F91");

        assertThat(check.passes()).isTrue();
        assertThat(check.againstWhite()).isGreaterThan(8);
        assertThat(check.againstDarkText()).isLessThan(check.againstWhite());
    }

    @Test
    void dark_text_is_documented_colour_and_reads_well_on_white() {
        assertThat(ColourContrast.DARK_TEXT.hex()).isEqualTo("#1F2933");
        assertThat(ColourContrast.contrastRatio(ColourContrast.DARK_TEXT, ColourContrast.WHITE)).isGreaterThan(14);
    }

    @Test
    void short_form_and_lower_case_mean_the_same_colour() {
        assertThat(Rgb.parse("#fff")).isEqualTo(ColourContrast.WHITE);
        assertThat(Rgb.parse("#1a2")).isEqualTo(new Rgb(0x11, 0xAA, 0x22));
        assertThat(Rgb.parse("#aBcDeF").hex()).isEqualTo("#ABCDEF");
        assertThat(Rgb.parse("  #123456 ").hex()).isEqualTo("#123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blue", "123456", "#12345", "#1234567", "#GGGGGG", "# 123456", "#12", "rgb(0,0,0)"})
    void anything_but_a_hex_code_is_refused_for_the_primary_colour(String text) {
        assertThatThrownBy(() -> ColourContrast.check(text))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("primaryColour"))
                .hasMessageContaining("is not a colour hex code")
                .hasMessageContaining("#1D4F91");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void missing_colour_is_refused_with_an_example(String text) {
        assertThatThrownBy(() -> Rgb.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Enter the colour as a hex code such as #1D4F91.");
    }

    @Test
    void format_rounds_down_so_a_failing_ratio_never_shows_as_passing() {
        assertThat(ColourContrast.format(4.499)).isEqualTo("4.49:1");
        assertThat(ColourContrast.format(4.4999999)).isEqualTo("4.49:1");
        assertThat(ColourContrast.format(4.5)).isEqualTo("4.50:1");
        assertThat(ColourContrast.format(4.529)).isEqualTo("4.52:1");
        assertThat(ColourContrast.format(21)).isEqualTo("21.00:1");
        assertThat(ColourContrast.format(1)).isEqualTo("1.00:1");
    }

    @Test
    void every_grey_passes_exactly_when_its_displayed_ratio_is_at_least_4_50() {
        for (int grey = 0; grey <= 255; grey++) {
            ColourContrast.ContrastCheck check = ColourContrast.check(new Rgb(grey, grey, grey).hex());
            double shown = Double.parseDouble(ColourContrast.format(check.againstWhite()).replace(":1", ""));
            assertThat(check.passes()).as("grey %d shown as %s", grey, shown).isEqualTo(shown >= 4.5);
        }
    }
}
