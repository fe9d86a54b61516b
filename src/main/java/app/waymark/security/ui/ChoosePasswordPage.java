package app.waymark.security.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.security.AccountLinkKind;
import app.waymark.security.AccountLinkService;
import app.waymark.security.OpenedLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import org.springframework.security.core.Authentication;

import java.util.Locale;

/**
 * Where an emailed staff link lands: the person chooses a password (checked against the password policy; a refusal
 * names the rule and uses nothing) and is signed in. A link that cannot be used says why and what to do instead.
 */
abstract class ChoosePasswordPage extends AccountPage implements HasUrlParameter<String>, HasDynamicTitle {

    private final AccountLinkService links;
    private final AccountLinkKind kind;
    private final String keys;

    ChoosePasswordPage(AccountLinkService links, AccountLinkKind kind) {
        this.links = links;
        this.kind = kind;
        this.keys = kind == AccountLinkKind.INVITATION ? "invitation" : "reset";
        setId(keys + "-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        OpenedLink link = links.open(token, kind);
        if (link.open()) {
            showForm(token, link);
        } else {
            showClosed(link.state());
        }
    }

    private void showForm(String token, OpenedLink link) {
        TextField email = new TextField(getTranslation("login.email"), link.email(), "");
        email.setId("account-email");
        email.setReadOnly(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("new-password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("account." + keys + ".save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(event -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                Authentication signedIn = links.choosePassword(token, kind, password.getValue());
                UI.getCurrent().getPage().setLocation(SessionSignIn.signIn(signedIn));
            } catch (InvalidInputException e) {
                if ("link".equals(e.field())) {
                    showClosed(links.open(token, kind).state());
                } else {
                    password.setErrorMessage(e.getMessage());
                    password.setInvalid(true);
                }
            }
        });
        FormLayout form = new FormLayout(email, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        show(getTranslation("account." + keys + ".heading", link.providerName()),
                text("account-greeting", getTranslation("account." + keys + ".greeting", link.displayName())),
                new Paragraph(getTranslation("password.rules")), form, save);
    }

    private void showClosed(OpenedLink.State state) {
        String name = state.name().toLowerCase(Locale.ROOT);
        show(getTranslation("account.closed.heading." + name),
                text("account-closed", getTranslation("account." + keys + ".closed." + name)), signInLink());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account." + keys + ".title") + " | " + getTranslation("app.name");
    }
}
