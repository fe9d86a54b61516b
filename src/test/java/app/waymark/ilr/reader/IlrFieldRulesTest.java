package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IlrFieldRulesTest {

    @Test
    void ulns_in_the_funders_sample_pass_the_check_digit_test_except_the_one_that_does_not() {
        assertThat(IlrXml.VALID_ULNS).allSatisfy(uln -> assertThat(IlrFieldRules.ulnProblem(uln)).as(uln).isNull());
        // 1,0,6,1,4,8,4,9,3 weighted 10..2 sum to 178, remainder 2, so the check digit is 8, not 5
        assertThat(IlrFieldRules.ulnProblem("1061484935")).isEqualTo("ULN fails the check digit test");
        assertThat(IlrFieldRules.ulnProblem("1061484938")).isNull();
    }

    @Test
    void the_published_worked_example_passes_the_check_digit_test() {
        // HESA's example: all ten digits weighted 10..1 sum to 296, remainder 10 modulo 11
        assertThat(IlrFieldRules.hasValidCheckDigit("9276308686")).isTrue();
    }

    @Test
    void a_remainder_of_zero_would_need_check_digit_10_so_no_ending_is_valid() {
        // 1,0,0,0,0,0,0,0,6 weighted 10..2 sum to 22, remainder 0
        for (char last = '0'; last <= '9'; last++) {
            assertThat(IlrFieldRules.hasValidCheckDigit("100000006" + last)).isFalse();
        }
    }

    @Test
    void the_unknown_uln_is_accepted_without_a_check_digit() {
        assertThat(IlrFieldRules.hasValidCheckDigit("9999999999")).isFalse();
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
