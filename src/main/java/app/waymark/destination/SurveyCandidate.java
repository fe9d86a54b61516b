package app.waymark.destination;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A learner who has left, as the dispatch sees them (from the {@code survey_candidate} view). */
record SurveyCandidate(UUID learnerId, LocalDate leavingDate, String givenNames, String email, String mobileE164,
                       Set<Integer> rui, Set<Integer> pmc, boolean emailSuppressed, boolean smsSuppressed) {

    String firstName() {
        return firstNameOf(givenNames);
    }

    /** How a message or the survey greets the learner: the first given name, or "there" ("Hello there"). */
    static String firstNameOf(String givenNames) {
        if (givenNames == null || givenNames.isBlank()) {
            return "there";
        }
        return givenNames.strip().split("\\s+")[0];
    }
}
