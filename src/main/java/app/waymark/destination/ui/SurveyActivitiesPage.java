package app.waymark.destination.ui;

import app.waymark.destination.Activity;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.FieldSet;

/** What the learner has been doing since leaving: one or more activities. */
final class SurveyActivitiesPage extends SurveyPageContent {

    private final CheckboxGroup<Activity> activities = new CheckboxGroup<>();

    SurveyActivitiesPage(SurveyFlow flow, SurveyShell shell) {
        super(flow, shell);
        activities.setId("activities");
        activities.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        activities.setItems(flow.offered());
        activities.setItemLabelGenerator(this::activityName);
        activities.setValue(flow.chosen());
        FieldSet question = fieldset("activities-question",
                getTranslation("survey.activities.legend", shell.providerName()),
                getTranslation("survey.activities.hint"), activities);
        question.getLegend().addClassName("wm-visually-hidden");
        Button next = primary(getTranslation("survey.continue"), "continue");
        next.addClickListener(event -> {
            clearProblems();
            switch (flow.chooseActivities(activities.getValue())) {
                case SurveyFlow.Refused refused -> showProblems(refused.problems());
                case SurveyFlow.Accepted accepted -> shell.save(accepted.draft());
            }
        });
        add(question, next);
    }

    @Override
    String heading() {
        return getTranslation("survey.activities.title", shell.providerName());
    }

    @Override
    Component field(SurveyField field) {
        return field == SurveyField.ACTIVITIES ? activities : null;
    }
}
