package app.waymark.destination.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.InputErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.destination.ContactRuleMode;
import app.waymark.destination.DestinationField;
import app.waymark.destination.DestinationSettingsService;
import app.waymark.destination.SurveyChannels;
import app.waymark.destination.TrackingSettings;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/** A provider admin switches destination tracking on or off and sets when and how learners are surveyed. */
@Route("settings/destinations")
@RolesAllowed(Permission.DESTINATION_SETTINGS_MANAGE)
@AccessDeniedErrorRouter
@Menu(title = "menu.destination-settings", order = 86, icon = "vaadin:flag-checkered")
class DestinationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final DestinationSettingsService settings;
    private final Checkbox enabled = new Checkbox();
    private final DatePicker backPopulation = new DatePicker();
    private final IntegerField daysAfterLeaving = days("days-after-leaving", "destinations.days-after-leaving");
    private final IntegerField firstReminder = days("first-reminder", "destinations.first-reminder");
    private final IntegerField secondReminder = days("second-reminder", "destinations.second-reminder");
    private final IntegerField nonResponse = days("non-response", "destinations.non-response");
    private final IntegerField linkExpiry = days("link-expiry", "destinations.link-expiry");
    private final RadioButtonGroup<ContactRuleMode> mode = new RadioButtonGroup<>();
    private final RadioButtonGroup<SurveyChannels> channels = new RadioButtonGroup<>();

    DestinationSettingsView(DestinationSettingsService settings) {
        this.settings = settings;
        setId("destination-settings");
        setMaxWidth("50rem");
        enabled.setId("tracking-enabled");
        enabled.setLabel(getTranslation("destinations.enabled"));
        backPopulation.setId("back-population-date");
        backPopulation.setLabel(getTranslation("destinations.back-population"));
        backPopulation.setHelperText(getTranslation("destinations.back-population.help"));
        mode.setId("contact-rule-mode");
        mode.setLabel(getTranslation("destinations.mode"));
        mode.setItems(ContactRuleMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("destinations.mode." + m.name()));
        channels.setId("survey-channels");
        channels.setLabel(getTranslation("destinations.channels"));
        channels.setItems(SurveyChannels.values());
        channels.setItemLabelGenerator(c -> getTranslation("destinations.channels." + c.name()));
        secondReminder.setHelperText(getTranslation("destinations.reminder.help"));

        FormLayout form = new FormLayout(enabled, backPopulation, daysAfterLeaving, firstReminder, secondReminder,
                nonResponse, linkExpiry, mode, channels);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.setColspan(enabled, 2);
        form.setColspan(mode, 2);
        form.setColspan(channels, 2);
        Button save = new Button(getTranslation("destinations.save"), event -> save());
        save.setId("save-destination-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("destinations.title")), new Paragraph(getTranslation("destinations.intro")),
                form, save);
        show(settings.current());
    }

    private IntegerField days(String id, String label) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setMin(0);
        field.setMax(365);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("destinations.days")));
        return field;
    }

    private void show(TrackingSettings current) {
        enabled.setValue(current.trackingEnabled());
        backPopulation.setValue(current.backPopulationDate());
        daysAfterLeaving.setValue(current.daysAfterLeaving());
        firstReminder.setValue(current.firstReminderDays());
        secondReminder.setValue(current.secondReminderDays());
        nonResponse.setValue(current.nonResponseDays());
        linkExpiry.setValue(current.linkExpiryDays());
        mode.setValue(current.contactRuleMode());
        channels.setValue(current.channels());
    }

    private void save() {
        List.of(daysAfterLeaving, firstReminder, secondReminder, nonResponse, linkExpiry)
                .forEach(field -> field.setInvalid(false));
        backPopulation.setInvalid(false);
        try {
            show(settings.save(new TrackingSettings(enabled.getValue(), backPopulation.getValue(),
                    orZero(daysAfterLeaving), firstReminder.getValue(), secondReminder.getValue(), orZero(nonResponse),
                    orZero(linkExpiry), mode.getValue(), channels.getValue())));
            Notifications.success(getTranslation("destinations.saved"));
        } catch (InvalidInputException e) {
            Map<DestinationField, HasValidation> fields = Map.of(DestinationField.BACK_POPULATION_DATE,
                    backPopulation, DestinationField.DAYS_AFTER_LEAVING, daysAfterLeaving,
                    DestinationField.FIRST_REMINDER_DAYS, firstReminder, DestinationField.SECOND_REMINDER_DAYS,
                    secondReminder, DestinationField.NON_RESPONSE_DAYS, nonResponse, DestinationField.LINK_EXPIRY_DAYS,
                    linkExpiry);
            String message = InputErrors.text(this, e);
            e.formField().map(fields::get).ifPresent(field -> FieldErrors.show(field, message));
            Notifications.error(message);
        }
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("destinations.title");
    }
}
