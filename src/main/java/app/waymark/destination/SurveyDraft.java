package app.waymark.destination;

import java.util.List;

/** A learner's answers so far, and the contact details they confirmed or corrected at the end (null = not yet). */
public record SurveyDraft(List<ActivityAnswer> answers, String email, String mobile) {

    public static final SurveyDraft EMPTY = new SurveyDraft(List.of(), null, null);

    public SurveyDraft {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
