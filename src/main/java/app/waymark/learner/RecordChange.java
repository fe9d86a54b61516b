package app.waymark.learner;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A change to a learner's record that someone asked for (a tracker's requested change), applied only by
 * {@link LearnerRecordChanges}. Each kind is stored as JSON named by its {@code kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RecordChange.NameChange.class, name = "NAME"),
        @JsonSubTypes.Type(value = RecordChange.AddressChange.class, name = "ADDRESS"),
        @JsonSubTypes.Type(value = RecordChange.ContactDetailsChange.class, name = "CONTACT_DETAILS"),
        @JsonSubTypes.Type(value = RecordChange.EmployerChange.class, name = "EMPLOYER"),
        @JsonSubTypes.Type(value = RecordChange.BreakInLearning.class, name = "BREAK_IN_LEARNING"),
        @JsonSubTypes.Type(value = RecordChange.ReturnToLearning.class, name = "RETURN_TO_LEARNING"),
        @JsonSubTypes.Type(value = RecordChange.ProgrammeChange.class, name = "PROGRAMME"),
        @JsonSubTypes.Type(value = RecordChange.Withdrawal.class, name = "WITHDRAWAL")
})
public sealed interface RecordChange {

    /** The learner's name as it should become; {@code legalChange} when it is a legal change (evidence expected). */
    record NameChange(String givenNames, String familyName, boolean legalChange) implements RecordChange {
    }

    record AddressChange(String addLine1, String addLine2, String addLine3, String addLine4, String postcode)
            implements RecordChange {
    }

    /** The email may never be blanked; the telephone may be (the learner no longer has one). */
    record ContactDetailsChange(String email, String telNo) implements RecordChange {
    }

    /**
     * A new employer from {@code from}: a new employment status record (EmpStat 10) with the employer's EDS number
     * ({@code empId}, 9 digits; 999999999 when the employer is not on the Employer Data Service) and the
     * apprentice's paid hours a week there. The earlier records stay.
     */
    record EmployerChange(LocalDate from, long empId, BigDecimal weeklyHours) implements RecordChange {

        public static final long NOT_ON_EDS = 999_999_999L;
    }

    /** Every open aim goes on a break after {@code lastDayOfLearning}. */
    record BreakInLearning(LocalDate lastDayOfLearning) implements RecordChange {
    }

    /**
     * The aims on a break restart on {@code restartDate} as new aims; {@code plannedEndDate} is the new planned end
     * date staff chose, or null to take the one Waymark proposes (which keeps the minimum off-the-job hours).
     */
    record ReturnToLearning(LocalDate restartDate, LocalDate plannedEndDate) implements RecordChange {
    }

    /** The open aims end after {@code lastDayOfLearning} (WithdrawReason 40); staff enrol the new programme. */
    record ProgrammeChange(LocalDate lastDayOfLearning, String newProgramme) implements RecordChange {
    }

    /** The learner withdraws after {@code lastDayOfLearning}, for an ILR WithdrawReason (one of {@link #REASONS}). */
    record Withdrawal(LocalDate lastDayOfLearning, int withdrawReason) implements RecordChange {

        /** The ILR WithdrawReason codes staff may choose (DOMAIN.md section 2 and the ILR specification). */
        public static final List<Integer> REASONS = List.of(2, 3, 7, 28, 29, 40, 41, 42, 43, 44, 45, 46, 47, 97, 98);
    }
}
