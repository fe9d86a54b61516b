package app.waymark.bootcamp;

import java.util.Optional;

/**
 * What staff record about a Skills Bootcamp learner after (or during) the training (issue 15 part 3): the three
 * events the funder counts for the completion milestone, and the job outcome that triggers the outcome milestone.
 */
public enum EventKind {
    INTERVIEW_OFFER(EventAim.INTERVIEW_OFFER),
    NEW_ROLE_WITH_EMPLOYER(EventAim.NEW_ROLE_WITH_EMPLOYER),
    SELF_EMPLOYMENT_PLAN(EventAim.SELF_EMPLOYMENT_PLAN),
    /** A positive outcome (a new job): ZPROG001 Outcome 1 with its achievement date, not an event aim or EVI. */
    JOB_OUTCOME(null);

    private final EventAim eventAim;

    EventKind(EventAim eventAim) {
        this.eventAim = eventAim;
    }

    /** The event aim that records it up to 2024-25 starts; empty for a job outcome. */
    public Optional<EventAim> eventAim() {
        return Optional.ofNullable(eventAim);
    }

    public boolean isJobOutcome() {
        return this == JOB_OUTCOME;
    }
}
