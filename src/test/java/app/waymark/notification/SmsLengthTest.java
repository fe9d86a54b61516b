package app.waymark.notification;

import app.waymark.notification.SmsLength.Encoding;
import app.waymark.notification.SmsLength.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsLengthTest {

    private static final String EMOJI = "\uD83D\uDE00"; // 😀, two UTF-16 code units

    @Test
    void empty_text_is_no_message_at_all() {
        assertThat(SmsLength.measure("")).isEqualTo(new Measure(Encoding.GSM_7, 0, 0, List.of()));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4"})
    void plain_text_goes_as_gsm_7_in_parts_of_160_then_153(int length, int segments) {
        Measure measure = SmsLength.measure("a".repeat(length));

        assertThat(measure.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(measure.units()).isEqualTo(length);
        assertThat(measure.segments()).isEqualTo(segments);
        assertThat(measure.nonGsmCharacters()).isEmpty();
    }

    @Test
    void the_whole_gsm_basic_alphabet_counts_one_septet_each() {
        String alphabet = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

        Measure measure = SmsLength.measure(alphabet);

        assertThat(measure.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(measure.units()).isEqualTo(127);
    }

    @ParameterizedTest
    @ValueSource(strings = {"€", "^", "{", "}", "\\", "[", "~", "]", "|", "\f"})
    void extension_table_characters_count_two_septets(String character) {
        Measure measure = SmsLength.measure("Fee " + character);

        assertThat(measure.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(measure.units()).isEqualTo(6);
    }

    @Test
    void euro_signs_can_push_a_short_text_into_two_parts() {
        assertThat(SmsLength.measure("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsLength.measure("€".repeat(80) + "a").segments()).isEqualTo(2);
    }

    @Test
    void an_escaped_character_is_not_split_between_parts() {
        // 152 + 2 + 152 = 306 septets would fit two parts of 153, but the € cannot straddle the boundary.
        Measure measure = SmsLength.measure("a".repeat(152) + "€" + "a".repeat(152));

        assertThat(measure.units()).isEqualTo(306);
        assertThat(measure.segments()).isEqualTo(3);
    }

    @Test
    void a_curly_apostrophe_forces_ucs_2_and_is_named() {
        Measure measure = SmsLength.measure("Don’t forget your survey");

        assertThat(measure.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(measure.units()).isEqualTo(24);
        assertThat(measure.segments()).isEqualTo(1);
        assertThat(measure.nonGsmCharacters()).containsExactly("’");
    }

    @Test
    void offending_characters_are_listed_once_each_in_order_of_first_use() {
        Measure measure = SmsLength.measure("“Croeso” i’r cwrs, Ŵyn a ŷd ‘yma’ – diolch ć “eto”");

        assertThat(measure.nonGsmCharacters()).containsExactly("“", "”", "’", "Ŵ", "ŷ", "‘", "–", "ć");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ŵ", "ŷ", "ć", "ç", "\u00A0", "…", "—"})
    void characters_outside_gsm_7_force_ucs_2(String character) {
        Measure measure = SmsLength.measure("Hello " + character);

        assertThat(measure.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(measure.nonGsmCharacters()).containsExactly(character);
    }

    @Test
    void in_ucs_2_an_emoji_counts_two_units_and_gsm_extension_characters_count_one() {
        Measure measure = SmsLength.measure("Well done " + EMOJI + " €");

        assertThat(measure.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(measure.units()).isEqualTo(14);
        assertThat(measure.nonGsmCharacters()).containsExactly(EMOJI);
    }

    @ParameterizedTest
    @CsvSource({"68, 1", "69, 2", "132, 2", "133, 3"})
    void ucs_2_goes_in_parts_of_70_then_67(int plainCharacters, int segments) {
        Measure measure = SmsLength.measure("a".repeat(plainCharacters) + EMOJI);

        assertThat(measure.units()).isEqualTo(plainCharacters + 2);
        assertThat(measure.segments()).isEqualTo(segments);
    }

    @Test
    void seventy_characters_one_of_them_an_emoji_need_two_parts() {
        Measure measure = SmsLength.measure("a".repeat(69) + EMOJI);

        assertThat(measure.units()).isEqualTo(71);
        assertThat(measure.segments()).isEqualTo(2);
    }

    @Test
    void an_emoji_is_not_split_between_parts() {
        // 66 + 2 + 66 = 134 units would fit two parts of 67, but the surrogate pair cannot straddle the boundary.
        Measure measure = SmsLength.measure("a".repeat(66) + EMOJI + "a".repeat(66));

        assertThat(measure.units()).isEqualTo(134);
        assertThat(measure.segments()).isEqualTo(3);
    }

    @Test
    void the_list_of_offending_characters_cannot_be_changed() {
        Measure measure = SmsLength.measure("’");

        assertThatThrownBy(() -> measure.nonGsmCharacters().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
