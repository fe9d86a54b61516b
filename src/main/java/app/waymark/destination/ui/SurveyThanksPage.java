package app.waymark.destination.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

/** Thank you: the heading in a confirmation panel, and what happens next. */
final class SurveyThanksPage extends SurveyPageContent {

    private final Div panel = new Div();

    SurveyThanksPage(SurveyFlow flow, SurveyShell shell) {
        super(flow, shell);
        panel.addClassName("wm-survey-panel");
        panel.setId("confirmation");
        add(panel);
        text(getTranslation("survey.thanks.text", shell.providerName()));
        text(getTranslation("survey.thanks.close"));
    }

    @Override
    String heading() {
        return getTranslation("survey.thanks.title");
    }

    /** Moves the page's heading into the panel, above the confirmation. */
    void holdHeading(H1 heading) {
        panel.add(heading, new Span(getTranslation("survey.thanks.panel", shell.providerName())));
    }
}
