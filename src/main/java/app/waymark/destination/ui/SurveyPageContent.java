package app.waymark.destination.ui;

import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.LearnerPage;
import app.waymark.destination.Activity;
import app.waymark.base.ui.LearnerQuestions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.List;
import java.util.Optional;

/**
 * One page of the survey below its back link and heading: shows what {@link SurveyFlow} holds and hands the
 * learner's answers back to it. Problems the flow reports are shown on their field and in the shell's error summary.
 */
abstract class SurveyPageContent extends Div {

    protected final SurveyFlow flow;
    protected final SurveyShell shell;

    SurveyPageContent(SurveyFlow flow, SurveyShell shell) {
        this.flow = flow;
        this.shell = shell;
        addClassName("wm-survey-page");
    }

    /** The page's heading (and the browser tab's title). */
    abstract String heading();

    /** A line shown above the heading ("Activity 1 of 2"); none by default. */
    Optional<Component> caption() {
        return Optional.empty();
    }

    /** Called once the page is on screen. */
    void shown() {
    }

    /** The field a problem belongs to on this page; null when the page has none for it (summary only). */
    Component field(SurveyField field) {
        return null;
    }

    /** Takes the page back to no problems shown. */
    void clearProblems() {
        for (SurveyField field : SurveyField.values()) {
            Component component = field(field);
            if (component instanceof DateInput date) {
                date.clearError();
            } else if (component instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        }
        shell.clearProblems();
    }

    /** Shows each problem on its field and all of them in the error summary. */
    void showProblems(List<SurveyPageProblem> problems) {
        shell.showProblems(problems.stream().map(problem -> {
            String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
            Component component = field(problem.field());
            if (component instanceof DateInput date) {
                date.showError(message);
                return new LearnerPage.Problem(message, shell.focus((Component) date.firstBox()));
            }
            if (component instanceof HasValidation validated) {
                FieldErrors.show(validated, message);
            }
            return new LearnerPage.Problem(message, component == null ? () -> { } : shell.focus(component));
        }).toList());
    }

    protected Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("wm-survey-text");
        add(paragraph);
        return paragraph;
    }

    protected Button primary(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("wm-survey-button");
        return button;
    }

    protected RadioButtonGroup<Boolean> yesNo(String id, String yes, String no) {
        return LearnerQuestions.yesNo(id, yes, no);
    }

    protected FieldSet fieldset(String id, String legend, String hint, Component field) {
        return LearnerQuestions.fieldset(id, legend, hint, field);
    }

    protected String activityName(Activity activity) {
        return getTranslation("survey.activity." + activity.name());
    }
}
