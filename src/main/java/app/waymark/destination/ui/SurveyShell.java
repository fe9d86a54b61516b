package app.waymark.destination.ui;

import app.waymark.base.ui.LearnerPage;
import app.waymark.destination.SurveyDraft;
import com.vaadin.flow.component.Component;

import java.util.List;

/** What a survey page component asks of the page shell ({@link SurveyView}) around it. */
interface SurveyShell {

    /** Shows the step the flow has moved to. */
    void show(SurveyStep step);

    /** Saves the answers a page gave, then shows the page the flow moves on to. */
    void save(SurveyDraft changed);

    /** Records the answers ("Send my answers"). */
    void submit();

    /** The error summary below the heading, replacing any shown before. */
    void showProblems(List<LearnerPage.Problem> problems);

    void clearProblems();

    /** The provider's name for the text. */
    String providerName();

    /** What following a problem's link does: focus the field. */
    Runnable focus(Component field);
}
