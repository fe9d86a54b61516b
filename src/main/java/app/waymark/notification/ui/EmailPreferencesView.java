package app.waymark.notification.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.ui.Notifications;
import app.waymark.notification.EmailPreference;
import app.waymark.notification.StaffEmailPreferences;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A member of staff's own email settings: the bell always shows their notifications; emails come for each event, as
 * one summary a day at the time they pick, or not at all. Opened from the user menu.
 */
@Route(EmailPreferencesView.ROUTE)
@PermitAll
class EmailPreferencesView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "account/email-notifications";

    EmailPreferencesView(StaffEmailPreferences preferences) {
        setId("email-preferences");
        setMaxWidth("40rem");
        add(new H1(getTranslation("email-preferences.title")));
        if (CurrentActor.require().isPlatformOperator()) {
            add(new Paragraph(getTranslation("email-preferences.operator")));
            return;
        }
        add(new Paragraph(getTranslation("email-preferences.intro")));
        EmailPreferenceForm form = new EmailPreferenceForm();
        form.show(preferences.mine());
        Button save = new Button(getTranslation("email-preferences.save"), event -> {
            EmailPreferenceForm.Choice choice = form.validChoice();
            if (choice == null) {
                return;
            }
            try {
                EmailPreference saved = preferences.saveMine(choice.getMode(), choice.getDigestTime());
                form.show(saved);
                Notifications.success(getTranslation("email-preferences.saved"));
            } catch (InvalidInputException e) {
                if ("digestTime".equals(e.field())) {
                    form.refuseTime(e.getMessage());
                } else {
                    form.refuseMode(e.getMessage());
                }
            }
        });
        save.setId("save-email-preferences");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email-preferences.title");
    }
}
