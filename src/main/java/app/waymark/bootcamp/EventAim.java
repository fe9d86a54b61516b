package app.waymark.bootcamp;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The event aims (AimType 3) that record an event after the training, for programmes starting up to 31 July 2025
 * (DOMAIN.md section 7; the funder's guidance quoted in the seed thread).
 */
public enum EventAim {
    /** Offer of an interview for a role matching the skills of the bootcamp (the date the offer was made). */
    INTERVIEW_OFFER("Z0059747"),
    /** Offer of a new role or added responsibilities with the existing employer. */
    NEW_ROLE_WITH_EMPLOYER("Z0059748"),
    /** Receipt of the learner's plan for applying the learning to new self-employment opportunities. */
    SELF_EMPLOYMENT_PLAN("Z0059749");

    private final String learnAimRef;

    EventAim(String learnAimRef) {
        this.learnAimRef = learnAimRef;
    }

    public String learnAimRef() {
        return learnAimRef;
    }

    private static final Map<String, EventAim> BY_REF = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventAim::learnAimRef, event -> event));

    public static Optional<EventAim> of(String learnAimRef) {
        return learnAimRef == null ? Optional.empty() : Optional.ofNullable(BY_REF.get(learnAimRef));
    }
}
