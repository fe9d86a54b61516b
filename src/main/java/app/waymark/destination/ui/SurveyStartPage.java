package app.waymark.destination.ui;

import com.vaadin.flow.component.button.Button;

/** The start: who asks, why, and how long it takes. */
final class SurveyStartPage extends SurveyPageContent {

    SurveyStartPage(SurveyFlow flow, SurveyShell shell, String firstName) {
        super(flow, shell);
        text(getTranslation("survey.start.hello", firstName));
        text(getTranslation("survey.start.intro", shell.providerName()));
        text(getTranslation("survey.start.time"));
        Button start = primary(getTranslation("survey.start.button"), "start");
        start.addClickListener(event -> shell.show(flow.start()));
        add(start);
    }

    @Override
    String heading() {
        return getTranslation("survey.start.title", shell.providerName());
    }
}
