package app.waymark.portal.ui;

import app.waymark.base.ui.SummaryList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** GOV.UK-style parts of the sign-in and About you pages, in the survey's look (wm-survey-* styles). */
final class PortalParts {

    static Button primary(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("wm-survey-button");
        return button;
    }

    /** A short message the page opens with (signed out, a new code sent); screen readers announce it. */
    static Div notice(String id, String text) {
        Div notice = new Div(new Span(text));
        notice.setId(id);
        notice.addClassName("wm-portal-notice");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    static void showFieldError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Where an error summary goes: straight after the page's heading. */
    static int indexAfterHeading(Main body) {
        List<Component> children = body.getChildren().toList();
        for (int i = 0; i < children.size(); i++) {
            if ("survey-heading".equals(children.get(i).getId().orElse(null))) {
                return i + 1;
            }
        }
        return 0;
    }

    static void removeErrorSummary(Main body) {
        body.getChildren().filter(child -> "error-summary".equals(child.getId().orElse(null))).toList()
                .forEach(body::remove);
    }

    /** A summary list: one row per detail, each with its "Change" link when there is one. */
    static Div summaryList(String id) {
        return SummaryList.of(id);
    }

    /** A row of a summary list; {@code changeHref} null for none. The link names what it changes for screen readers. */
    static void row(Div list, String id, String key, String value, String changeText, String changeHref) {
        SummaryList.row(list, id, key, value, changeHref == null ? null
                : SummaryList.change(new Anchor(changeHref, changeText), id, key.toLowerCase(java.util.Locale.UK)));
    }

    /** A UK mobile number as people write it (07700 900123); anything else as it is. */
    static String ukMobile(String e164) {
        if (e164 == null || !e164.startsWith("+44") || e164.length() != 13) {
            return e164;
        }
        String national = "0" + e164.substring(3);
        return national.substring(0, 5) + " " + national.substring(5);
    }

    private PortalParts() {
    }
}
