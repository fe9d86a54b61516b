package app.waymark.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MobileNumbersTest {

    @Test
    void uk_mobile_numbers_become_e164() {
        assertThat(MobileNumbers.ukMobileE164("07700900123")).contains("+447700900123");
        assertThat(MobileNumbers.ukMobileE164("447700900123")).contains("+447700900123");
    }

    @Test
    void landlines_foreign_and_garbage_numbers_give_no_sms_number() {
        assertThat(MobileNumbers.ukMobileE164("01632960123")).isEmpty();
        assertThat(MobileNumbers.ukMobileE164("0033612345678")).isEmpty();
        assertThat(MobileNumbers.ukMobileE164("12")).isEmpty();
        assertThat(MobileNumbers.ukMobileE164("07612345678")).as("pager").isEmpty();
        assertThat(MobileNumbers.ukMobileE164(null)).isEmpty();
    }
}
