package app.waymark.restart;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.security.StaffContact;
import app.waymark.security.StaffContacts;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a read referral file into participants' details, checking what the file alone cannot: numbers already
 * here and work coaches by email. Reports every problem with its line and column; returns details only when there
 * are none, so the caller saves all or nothing.
 */
@Component
class ReferralImporter {

    private final ParticipantRepository participants;
    private final StaffContacts staff;

    ReferralImporter(ParticipantRepository participants, StaffContacts staff) {
        this.participants = participants;
        this.staff = staff;
    }

    record Checked(List<ParticipantDetails> details, List<ReferralProblem> problems) {
    }

    Checked check(ReferralFile file, LocalDate today) {
        if (!file.acceptable()) {
            return new Checked(List.of(), file.problems());
        }
        Map<String, UUID> coaches = staff.enabledHoldingAny(List.of(Permission.MONITORING_WORK)).stream()
                .collect(Collectors.toMap(coach -> coach.email().toLowerCase(Locale.ROOT), StaffContact::id,
                        (first, second) -> first));
        Set<String> numbers = file.referrals().stream().map(Referral::nationalInsuranceNumber)
                .collect(Collectors.toSet());
        Set<String> alreadyHere = participants.findNationalInsuranceNumbersIn(numbers);
        List<ReferralProblem> problems = new ArrayList<>();
        List<ParticipantDetails> details = new ArrayList<>();
        for (Referral referral : file.referrals()) {
            UUID coach = null;
            if (referral.workCoachEmail() != null) {
                coach = coaches.get(referral.workCoachEmail().toLowerCase(Locale.ROOT));
                if (coach == null) {
                    problems.add(new ReferralProblem(referral.line(), "Work coach email", referral.workCoachEmail()
                            + " is not a work coach of your organisation"));
                }
            }
            if (alreadyHere.contains(referral.nationalInsuranceNumber())) {
                problems.add(new ReferralProblem(referral.line(), "National Insurance number",
                        referral.nationalInsuranceNumber() + " is already a participant here"));
            }
            ParticipantDetails each = new ParticipantDetails(referral.givenNames(), referral.familyName(),
                    referral.dateOfBirth(), referral.nationalInsuranceNumber(), referral.benefit(),
                    referral.referralDate(), referral.email(), referral.mobileE164(), referral.addressLine1(),
                    referral.postcode(), coach, null, null);
            try {
                details.add(ParticipantChecks.checked(each, today));
            } catch (InvalidInputException refused) {
                problems.add(new ReferralProblem(referral.line(), COLUMNS.apply(refused.field()),
                        refused.getMessage()));
            }
        }
        return problems.isEmpty() ? new Checked(details, List.of()) : new Checked(List.of(), problems);
    }

    /** The file's column for a field {@link ParticipantChecks} names. */
    private static final Function<String, String> COLUMNS = field -> switch (field) {
        case "givenNames" -> "Given names";
        case "familyName" -> "Family name";
        case "dateOfBirth" -> "Date of birth";
        case "nationalInsuranceNumber" -> "National Insurance number";
        case "benefit" -> "Benefit";
        case "referralDate" -> "Referral date";
        case "mobile" -> "Mobile";
        default -> "Email";
    };
}
