package app.waymark.destination.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A GOV.UK-style date: a fieldset with its question as the legend, a hint, and day, month and year boxes. */
class DateInput extends FieldSet {

    /** Thrown when the boxes do not make a real date; the message is for the learner. */
    static final class NotADate extends RuntimeException {
        NotADate(String message) {
            super(message);
        }
    }

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

    void setValue(LocalDate date) {
        day.setValue(date == null ? "" : Integer.toString(date.getDayOfMonth()));
        month.setValue(date == null ? "" : Integer.toString(date.getMonthValue()));
        year.setValue(date == null ? "" : Integer.toString(date.getYear()));
    }

    /** The date typed, null when all boxes are empty. */
    LocalDate value() {
        String d = day.getValue().strip();
        String m = month.getValue().strip();
        String y = year.getValue().strip();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            throw new NotADate(getTranslation("survey.date.incomplete"));
        }
        if (y.length() != 4) {
            throw new NotADate(getTranslation("survey.date.year-four"));
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            throw new NotADate(getTranslation("survey.date.real"));
        }
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
