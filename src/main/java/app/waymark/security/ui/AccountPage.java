package app.waymark.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The frame of the pages a person reaches before signing in (sign-in, invitation, password reset), one panel wide. */
abstract class AccountPage extends Main {

    private final Div panel = new Div();

    AccountPage() {
        addClassName("wm-login");
        panel.addClassName("wm-login-panel");
        panel.addClassName("wm-account-panel");
        add(panel);
    }

    /** Replaces what the panel shows: the app's name, a heading line, then {@code content}. */
    void show(String heading, Component... content) {
        panel.removeAll();
        H1 title = new H1(getTranslation("app.name"));
        Paragraph subtitle = new Paragraph(heading);
        subtitle.setId("account-heading");
        subtitle.addClassName("wm-account-heading");
        panel.add(title, subtitle);
        panel.add(content);
    }

    Anchor signInLink() {
        Anchor signIn = new Anchor("login", getTranslation("account.sign-in-link"));
        signIn.setId("sign-in-link");
        return signIn;
    }

    static Paragraph text(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
