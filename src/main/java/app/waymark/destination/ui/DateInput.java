package app.waymark.destination.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

/** A GOV.UK-style date: a fieldset with its question as the legend, a hint, and day, month and year boxes. */
class DateInput extends FieldSet {

    private final TextField day = box("day", 2);
    private final TextField month = box("month", 2);
    private final TextField year = box("year", 4);
    private final Span error = new Span();

    DateInput(String id, String legend, String hint) {
        setId(id);
        addClassNames("wm-survey-fieldset", "wm-survey-date");
        setLegendText(legend);
        getLegend().addClassName("wm-survey-legend");
        Span hintText = new Span(hint);
        hintText.addClassName("wm-survey-hint");
        hintText.setId(id + "-hint");
        error.addClassName("wm-survey-error-message");
        error.setId(id + "-error");
        error.setVisible(false);
        day.setId(id + "-day");
        month.setId(id + "-month");
        year.setId(id + "-year");
        day.setLabel(getTranslation("survey.date.day"));
        month.setLabel(getTranslation("survey.date.month"));
        year.setLabel(getTranslation("survey.date.year"));
        for (TextField box : new TextField[]{day, month, year}) {
            box.getElement().setAttribute("aria-describedby", id + "-hint " + id + "-error");
        }
        Div boxes = new Div(day, month, year);
        boxes.addClassName("wm-survey-date-boxes");
        add(hintText, error, boxes);
    }

    private TextField box(String part, int length) {
        TextField box = new TextField();
        box.setMaxLength(length);
        box.setAllowedCharPattern("[0-9]");
        box.getElement().setAttribute("inputmode", "numeric");
        box.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        box.addClassName("wm-survey-date-" + part);
        return box;
    }

    void setValue(TypedDate date) {
        day.setValue(date.day());
        month.setValue(date.month());
        year.setValue(date.year());
    }

    /** The boxes as typed; {@link SurveyFlow} decides whether they make a real date. */
    TypedDate value() {
        return new TypedDate(day.getValue(), month.getValue(), year.getValue());
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        addClassName("wm-survey-fieldset-error");
        for (TextField box : new TextField[]{day, month, year}) {
            box.setInvalid(true);
        }
    }

    void clearError() {
        error.setVisible(false);
        removeClassName("wm-survey-fieldset-error");
        for (TextField box : new TextField[]{day, month, year}) {
            box.setInvalid(false);
        }
    }

    Focusable<?> firstBox() {
        return day;
    }
}
