package app.waymark.security.ui;

import app.waymark.base.ui.ClientAddress;
import app.waymark.security.PasswordResets;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot your password?": asks for the email address and always gives the same answer, so the page never tells
 * whether an address has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends AccountPage implements HasDynamicTitle, BeforeEnterObserver {

    private final PasswordResets resets;

    ForgotPasswordView(PasswordResets resets) {
        this.resets = resets;
        setId("forgot-password");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showForm();
    }

    private void showForm() {
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setId("reset-email");
        email.setWidthFull();
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        Button send = new Button(getTranslation("account.forgot.send"));
        send.setId("send-reset");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(event -> {
            resets.request(email.getValue(), ClientAddress.current());
            show(getTranslation("account.forgot.heading"),
                    text("reset-sent", getTranslation("account.forgot.sent", email.getValue().trim(),
                            resets.linkMinutes())), signInLink());
        });
        show(getTranslation("account.forgot.heading"), text("forgot-intro",
                getTranslation("account.forgot.intro")), email, send, signInLink());
        email.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.heading") + " | " + getTranslation("app.name");
    }
}
