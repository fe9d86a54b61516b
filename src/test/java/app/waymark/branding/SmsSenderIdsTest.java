package app.waymark.branding;

import app.waymark.base.InvalidInputException;
import app.waymark.branding.SmsSenderIds.Kind;
import app.waymark.branding.SmsSenderIds.SenderIdCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsSenderIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "WaymarkTC", "Acme2Learn", "ABCDEFGHIJK", "L3arn"})
    void letters_and_digits_of_3_to_11_characters_are_accepted_as_typed(String id) {
        SenderIdCheck check = SmsSenderIds.check(id);

        assertThat(check.kind()).isEqualTo(Kind.ALPHANUMERIC);
        assertThat(check.normalised()).isEqualTo(id);
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void surrounding_spaces_are_dropped() {
        assertThat(SmsSenderIds.check("  WaymarkTC \t").normalised()).isEqualTo("WaymarkTC");
    }

    @ParameterizedTest
    @CsvSource({"AB, 2", "ABCDEFGHIJKL, 12", "Waymark2024Training, 19"})
    void an_id_shorter_than_3_or_longer_than_11_is_refused(String id, int length) {
        assertThatThrownBy(() -> SmsSenderIds.check(id))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("smsSenderId"))
                .hasMessage("A sender ID must be 3 to 11 characters long; \"" + id + "\" has " + length + ".");
    }

    @Test
    void spaces_inside_an_id_are_refused() {
        assertThatThrownBy(() -> SmsSenderIds.check("Acme Learn"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A sender ID can only use the letters A to Z and the digits 0 to 9, so that every"
                        + " network delivers it: remove spaces from \"Acme Learn\".");
    }

    @Test
    void every_kind_of_punctuation_or_accent_is_named_once() {
        assertThatThrownBy(() -> SmsSenderIds.check("A&B-Café-&"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("remove '&', '-' and 'é' from \"A&B-Café-&\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO-REPLY", "Acme_Ltd", "Acme.Ltd", "Learn😀"})
    void symbols_are_refused(String id) {
        assertThatThrownBy(() -> SmsSenderIds.check(id))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("A sender ID can only use the letters A to Z and the digits 0 to 9");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void a_missing_id_is_refused(String id) {
        assertThatThrownBy(() -> SmsSenderIds.check(id))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("smsSenderId"))
                .hasMessageStartingWith("Enter a sender ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INFO", "info", "Sms", "TEXT", "ALERT", "Alerts", "NOTICE", "NOTIFY", "MESSAGE", "VERIFY",
            "BANK", "ADMIN", "Support", "NOREPLY"})
    void a_generic_name_is_accepted_with_a_warning(String id) {
        SenderIdCheck check = SmsSenderIds.check(id);

        assertThat(check.kind()).isEqualTo(Kind.ALPHANUMERIC);
        assertThat(check.normalised()).isEqualTo(id);
        assertThat(check.warnings()).singleElement().asString()
                .startsWith("\"" + id + "\" is a generic name")
                .contains("Ofcom's SMS SenderID Protection Registry")
                .contains("learners cannot tell who sent the message");
    }

    @Test
    void a_name_that_only_contains_a_generic_word_gets_no_warning() {
        assertThat(SmsSenderIds.check("AcmeInfo").warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700900123", "07700 900123", "07700-900-123", "(07700) 900123", "+447700900123",
            "+44 7700 900123", "+44 (0)7700 900123", "447700900123", "00447700900123"})
    void a_uk_mobile_number_is_accepted_in_e164_form(String number) {
        SenderIdCheck check = SmsSenderIds.check(number);

        assertThat(check.kind()).isEqualTo(Kind.PHONE_NUMBER);
        assertThat(check.normalised()).isEqualTo("+447700900123");
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void an_isle_of_man_mobile_is_a_uk_mobile() {
        assertThat(SmsSenderIds.check("07624 123456").normalised()).isEqualTo("+447624123456");
    }

    @Test
    void a_valid_international_number_is_accepted_in_e164_form() {
        SenderIdCheck check = SmsSenderIds.check("+353 85 123 4567");

        assertThat(check.kind()).isEqualTo(Kind.PHONE_NUMBER);
        assertThat(check.normalised()).isEqualTo("+353851234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01632 960123", "+44 20 7946 0000", "0800 123 4567", "07612345678", "12345", "123",
            "0770090012", "+999 1234567"})
    void a_number_that_is_not_a_uk_mobile_is_refused(String number) {
        assertThatThrownBy(() -> SmsSenderIds.check(number))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("smsSenderId"))
                .hasMessageStartingWith("\"" + number + "\" is not a UK mobile number.")
                .hasMessageContaining("otherwise include at least one letter");
    }

    @Test
    void an_invalid_international_number_is_refused() {
        assertThatThrownBy(() -> SmsSenderIds.check("+353 85 12"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("\"+353 85 12\" is not a valid phone number for country code +353. Check the number,"
                        + " or use a sender ID with letters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1234567890123456", "+44 7700 900123 4567 8901"})
    void a_number_of_more_than_15_digits_is_refused(String number) {
        assertThatThrownBy(() -> SmsSenderIds.check(number))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("\"" + number + "\" is too long for a phone number: it can have at most 15 digits,"
                        + " country code included.");
    }

    @Test
    void digits_with_a_letter_are_an_alphanumeric_id_not_a_number() {
        SenderIdCheck check = SmsSenderIds.check("0800Learn");

        assertThat(check.kind()).isEqualTo(Kind.ALPHANUMERIC);
        assertThat(check.normalised()).isEqualTo("0800Learn");
    }

    @Test
    void the_warnings_cannot_be_changed() {
        SenderIdCheck check = SmsSenderIds.check("INFO");

        assertThatThrownBy(() -> check.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
