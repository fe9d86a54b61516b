package app.waymark.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The learner pages' summary list ("Check your answers", "About you"): one row per detail, its value, and a
 * "Change" control when there is one. Ids: the list's own, {@code row-<id>}, {@code value-<id>}, {@code change-<id>}.
 */
public final class SummaryList {

    private SummaryList() {
    }

    public static Div of(String id) {
        Div list = new Div();
        list.addClassName("wm-survey-summary");
        list.setId(id);
        list.getElement().setAttribute("role", "list");
        return list;
    }

    /** Adds a row; {@code change} is null for a detail that cannot be changed here. */
    public static void row(Div list, String id, String key, String value, Component change) {
        Div row = new Div();
        row.addClassName("wm-survey-summary-row");
        row.setId("row-" + id);
        row.getElement().setAttribute("role", "listitem");
        Span term = new Span(key);
        term.addClassName("wm-survey-summary-key");
        Span shown = new Span(value);
        shown.addClassName("wm-survey-summary-value");
        shown.setId("value-" + id);
        row.add(term, shown);
        if (change != null) {
            row.add(change);
        }
        list.add(row);
    }

    /** A row's "Change" link or button, which names what it changes ({@code what}) for screen readers. */
    public static <T extends Component & HasComponents & HasStyle> T change(T control, String id, String what) {
        control.addClassName("wm-survey-change");
        control.setId("change-" + id);
        Span hidden = new Span(" " + what);
        hidden.addClassName("wm-visually-hidden");
        control.add(hidden);
        return control;
    }
}
