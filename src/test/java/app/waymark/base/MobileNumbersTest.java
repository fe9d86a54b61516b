package app.waymark.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Random;

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

    @Test
    void numbers_in_the_ilrs_national_form_give_what_libphonenumber_gives() throws NumberParseException {
        Random random = new Random(20261123);
        for (int i = 0; i < 20_000; i++) {
            String number = "07" + String.format("%09d", random.nextInt(1_000_000_000));
            if (i % 4 == 0) {
                number = "07624" + String.format("%06d", random.nextInt(1_000_000));
            }
            assertThat(MobileNumbers.ukMobileE164(number)).as(number).isEqualTo(viaLibphonenumber(number));
        }
        assertThat(MobileNumbers.ukMobileE164("07624123456")).contains("+447624123456");
    }

    private static Optional<String> viaLibphonenumber(String number) throws NumberParseException {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        var parsed = phones.parse(number, "GB");
        return MobileNumbers.isUkMobile(parsed)
                ? Optional.of(phones.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
    }
}
