package app.waymark.learner;

import java.time.LocalDate;
import java.util.UUID;

public record LearnerSummary(UUID id, String learnRefNumber, String uln, String familyName, String givenNames,
                             LocalDate dateOfBirth, String postcode, ProgrammeStatus programmeStatus,
                             LocalDate leavingDate) {

    public String fullName() {
        String given = givenNames == null ? "" : givenNames;
        String family = familyName == null ? "" : familyName;
        return (given + " " + family).trim();
    }
}
