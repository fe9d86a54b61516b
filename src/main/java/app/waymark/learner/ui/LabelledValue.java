package app.waymark.learner.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** "Label: value" lines of the learner page; a missing value shows as "-". */
final class LabelledValue {

    static Paragraph of(String label, String value) {
        Span labelSpan = new Span(label + ": ");
        labelSpan.addClassName("wm-label");
        return new Paragraph(labelSpan, new Span(value == null || value.isBlank() ? "-" : value));
    }

    private LabelledValue() {
    }
}
