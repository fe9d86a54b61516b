package app.waymark.destination.ui;

import app.waymark.base.ui.LearnerPage;
import app.waymark.destination.LearnerSurveys;

/** The pages for a link that cannot be used to answer: not recognised, expired, answered, closed, unsubscribed. */
final class SurveyStatePages {

    static void notRecognised(LearnerPage page) {
        page.page(page.getTranslation("survey.unknown.title"), null);
        page.text(page.getTranslation("survey.unknown.text"));
        page.text(page.getTranslation("survey.unknown.help"));
        page.body().setId("survey-unknown");
    }

    static void tooManyGuesses(LearnerPage page) {
        page.page(page.getTranslation("survey.stopped.title"), null);
        page.text(page.getTranslation("survey.stopped.text"));
        page.text(page.getTranslation("survey.unknown.help"));
        page.body().setId("survey-stopped");
    }

    static void closed(LearnerPage page, LearnerSurveys.State state) {
        String provider = page.providerName();
        String key = "survey.state." + state.name();
        page.page(page.getTranslation(key + ".title", provider), null);
        page.text(page.getTranslation(key + ".text", provider));
        page.body().setId("survey-" + state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private SurveyStatePages() {
    }
}
