package app.waymark.destination.ui;

import app.waymark.base.ui.ClientAddress;
import app.waymark.destination.LearnerSurveys;
import app.waymark.security.LinkGuessThrottle;
import org.springframework.stereotype.Component;

/**
 * Opens the survey behind a link for the learner's browser, within the guessing limit of the browser's address
 * ({@link LinkGuessThrottle}): a token that matches no survey counts as a guess, and a client that has guessed too
 * often gets no lookup at all.
 */
@Component
class SurveyLinks {

    static final String KIND = "survey";

    /** The survey, or none (unknown token), or {@code stopped} when the client may not look links up now. */
    record Lookup(LearnerSurveys.Survey survey, boolean stopped) {
    }

    private final LearnerSurveys surveys;
    private final LinkGuessThrottle throttle;

    SurveyLinks(LearnerSurveys surveys, LinkGuessThrottle throttle) {
        this.surveys = surveys;
        this.throttle = throttle;
    }

    Lookup open(String token) {
        String client = ClientAddress.current();
        if (throttle.stopped(KIND, client)) {
            return new Lookup(null, true);
        }
        LearnerSurveys.Survey survey = surveys.open(token).orElse(null);
        if (survey == null) {
            throttle.wrongGuess(KIND, client);
        }
        return new Lookup(survey, false);
    }
}
