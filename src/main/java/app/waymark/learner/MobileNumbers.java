package app.waymark.learner;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Optional;

/** The E.164 form of a UK mobile number (for SMS), from the ILR's digits-only TelNo. */
public final class MobileNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** 07 then ten digits, without 076 (pagers) other than 07624 (Isle of Man mobiles). */
    private static final java.util.regex.Pattern UK_MOBILE = java.util.regex.Pattern.compile("7(?!6)\\d{9}|7624\\d{6}");

    public static Optional<String> ukMobileE164(String telNo) {
        if (telNo == null || telNo.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(telNo, "GB");
            // By the UK numbering plan rather than libphonenumber's validity: its data leaves out ranges such as
            // Ofcom's 07700 900xxx, which providers' test records use.
            boolean ukMobile = number.getCountryCode() == 44
                    && UK_MOBILE.matcher(String.valueOf(number.getNationalNumber())).matches();
            return ukMobile ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private MobileNumbers() {
    }
}
