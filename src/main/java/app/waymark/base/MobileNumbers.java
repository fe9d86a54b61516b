package app.waymark.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Optional;

/** UK mobile numbers for SMS: the E.164 form of a number as people or the ILR (digits-only TelNo) write it. */
public final class MobileNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** 07 then ten digits, without 076 (pagers) other than 07624 (Isle of Man mobiles). */
    private static final java.util.regex.Pattern UK_MOBILE = java.util.regex.Pattern.compile("7(?!6)\\d{9}|7624\\d{6}");
    /** The same numbers as the ILR writes them (digits only, national form), which need no parsing. */
    private static final java.util.regex.Pattern NATIONAL_UK_MOBILE =
            java.util.regex.Pattern.compile("0(?:7(?!6)\\d{9}|7624\\d{6})");

    /** Whether a parsed number is a UK mobile by the UK numbering plan. */
    public static boolean isUkMobile(Phonenumber.PhoneNumber number) {
        // By the UK numbering plan rather than libphonenumber's validity: its data leaves out ranges such as
        // Ofcom's 07700 900xxx, which providers' test records use.
        return number.getCountryCode() == 44 && UK_MOBILE.matcher(String.valueOf(number.getNationalNumber())).matches();
    }

    public static Optional<String> ukMobileE164(String telNo) {
        if (telNo == null || telNo.isBlank()) {
            return Optional.empty();
        }
        if (NATIONAL_UK_MOBILE.matcher(telNo).matches()) {
            // the ILR's own form needs no parsing (which cost an import of 100,000 learners about 0.5 s)
            return Optional.of("+44" + telNo.substring(1));
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(telNo, "GB");
            return isUkMobile(number) ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private MobileNumbers() {
    }
}
