package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IlrFieldRulesTest {

    @Test
    void ulns_of_ten_digits_are_accepted_even_when_the_check_digit_does_not_match() {
        assertThat(IlrXml.VALID_ULNS).allSatisfy(uln -> assertThat(IlrFieldRules.ulnProblem(uln)).as(uln).isNull());
        // the funder's sample holds this one (its check digit should be 8): it must load
        assertThat(IlrFieldRules.ulnProblem("1061484935")).isNull();
        assertThat(IlrFieldRules.ulnProblem("9999999999")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BR1 7SS", "DE14 1SS", "CV2 1BF", "EC1A 1BB", "W1A 0AX", "M1 1AE", "BR17SS", "ZZ99 9ZZ", "GIR 0AA"})
    void uk_postcodes_and_the_unknown_postcode_are_accepted(String postcode) {
        assertThat(IlrFieldRules.POSTCODE.matcher(postcode).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"br1 7ss", "BR1  7SS", "BR1 7S", "12345", "BR1-7SS", "B 1AA", "ABC1 1AA"})
    void malformed_postcodes_are_refused(String postcode) {
        assertThat(IlrFieldRules.POSTCODE.matcher(postcode).matches()).isFalse();
    }
}
