package app.waymark.destination;

import app.waymark.base.MobileNumbers;
import app.waymark.learner.RecordChange;

import java.util.Optional;

/**
 * The contact details a learner gave at the end of the survey, as a change to their record, when they differ from
 * it: a blank answer keeps what the record holds, an email address differing only in capitals is the same address,
 * and a mobile number that is the record's written another way (spaces, brackets, +44) is the same number. The ILR
 * has one telephone number, so a new mobile becomes the learner's TelNo. Release 0018's changeset applies the same
 * rule, in SQL, to the updates that were waiting for staff when it ran.
 */
final class SurveyContactChange {

    /** What the learner's record holds now. */
    record Held(String email, String telNo, String mobileE164) {
    }

    static Optional<RecordChange.ContactDetailsChange> of(String givenEmail, String givenMobile, Held held) {
        boolean emailChanged = given(givenEmail) && !givenEmail.strip().equalsIgnoreCase(
                held.email() == null ? "" : held.email().strip());
        boolean mobileChanged = given(givenMobile) && !sameNumber(givenMobile, held);
        if (!emailChanged && !mobileChanged) {
            return Optional.empty();
        }
        return Optional.of(new RecordChange.ContactDetailsChange(emailChanged ? givenEmail.strip() : held.email(),
                mobileChanged ? givenMobile.strip() : held.telNo()));
    }

    private static boolean sameNumber(String givenMobile, Held held) {
        String given = digits(givenMobile);
        if (held.telNo() != null && given.equals(digits(held.telNo()))) {
            return true;
        }
        return held.mobileE164() != null && MobileNumbers.ukMobileE164(given).map(held.mobileE164()::equals)
                .orElse(false);
    }

    /** As the learner record keeps a telephone number: without spaces, brackets and dashes. */
    private static String digits(String number) {
        return number.strip().replaceAll("[\\s()-]", "");
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private SurveyContactChange() {
    }
}
