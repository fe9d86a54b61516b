package app.waymark.security.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.ui.Notifications;
import app.waymark.security.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Change one's own password; also where a user with a temporary password is sent until they do. */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts) {
        setId("change-password");
        setMaxWidth("40rem");
        add(new H1(getTranslation("password.title")));
        if (CurrentActor.require().mustChangePassword()) {
            Paragraph must = new Paragraph(getTranslation("password.must-change"));
            must.addClassName("wm-callout");
            add(must);
        }
        add(new Paragraph(getTranslation("password.rules")));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("new-password");
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        Button save = new Button(getTranslation("password.save"), event -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changePassword(current.getValue(), next.getValue());
                Notifications.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidInputException e) {
                PasswordField field = "currentPassword".equals(e.field()) ? current : next;
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
