package app.waymark.destination.ui;

import app.waymark.base.ui.LearnerPage;
import com.vaadin.flow.component.button.Button;

/** Answers that cannot all be true as given: each one in the error summary, and a way back to the activities. */
final class SurveyConflictsPage extends SurveyPageContent {

    SurveyConflictsPage(SurveyFlow flow, SurveyShell shell) {
        super(flow, shell);
        text(getTranslation("survey.conflicts.text"));
        Button change = primary(getTranslation("survey.conflicts.change"), "change-activities");
        change.addClickListener(event -> shell.show(flow.changeActivities()));
        add(change);
    }

    @Override
    String heading() {
        return getTranslation("survey.conflicts.title");
    }

    @Override
    void shown() {
        shell.showProblems(flow.conflicts().stream().map(conflict -> new LearnerPage.Problem(
                getTranslation(conflict.messageKey(), conflict.arguments().toArray()),
                () -> shell.show(flow.changeActivities()))).toList());
    }
}
