package app.waymark.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

/** The learner pages' questions (the destination survey, the portal's requests): a fieldset and a yes/no choice. */
public final class LearnerQuestions {

    private LearnerQuestions() {
    }

    /** A question: its legend, an optional hint under it, then the field. */
    public static FieldSet fieldset(String id, String legend, String hint, Component field) {
        FieldSet fieldset = new FieldSet();
        fieldset.setId(id);
        fieldset.addClassName("wm-survey-fieldset");
        fieldset.setLegendText(legend);
        fieldset.getLegend().addClassName("wm-survey-legend");
        if (hint != null) {
            Span hintText = new Span(hint);
            hintText.addClassName("wm-survey-hint");
            fieldset.add(hintText);
        }
        fieldset.add(field);
        return fieldset;
    }

    /** Yes or no, one above the other. */
    public static RadioButtonGroup<Boolean> yesNo(String id, String yes, String no) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setId(id);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> value ? yes : no);
        return group;
    }
}
