package app.waymark.notification.ui;

import app.waymark.base.ui.FieldErrors;
import app.waymark.notification.EmailMode;
import app.waymark.notification.EmailPreference;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;

/** How a member of staff wants to be emailed: each event, a daily summary at a time they pick, or not at all. */
class EmailPreferenceForm extends Composite<FormLayout> {

    /** What the form edits. */
    static final class Choice {
        private EmailMode mode;
        private LocalTime digestTime;

        EmailMode getMode() {
            return mode;
        }

        void setMode(EmailMode mode) {
            this.mode = mode;
        }

        LocalTime getDigestTime() {
            return digestTime;
        }

        void setDigestTime(LocalTime digestTime) {
            this.digestTime = digestTime;
        }
    }

    static final LocalTime SUGGESTED_TIME = LocalTime.of(8, 0);

    private final RadioButtonGroup<EmailMode> mode = new RadioButtonGroup<>();
    private final TimePicker digestTime = new TimePicker();
    private final Binder<Choice> binder = new Binder<>();
    private final Choice choice = new Choice();

    EmailPreferenceForm() {
        mode.setId("email-mode");
        mode.setLabel(getTranslation("email-preferences.mode"));
        mode.setItems(EmailMode.values());
        mode.setItemLabelGenerator(item -> getTranslation("email-preferences.mode." + item.name()
                .toLowerCase(Locale.ROOT).replace('_', '-')));
        digestTime.setId("digest-time");
        digestTime.setLabel(getTranslation("email-preferences.digest-time"));
        digestTime.setHelperText(getTranslation("email-preferences.digest-time-help"));
        digestTime.setStep(Duration.ofMinutes(15));
        digestTime.setLocale(Locale.UK);
        binder.forField(mode).asRequired(getTranslation("email-preferences.mode-required"))
                .bind(Choice::getMode, Choice::setMode);
        binder.forField(digestTime)
                .withValidator(time -> mode.getValue() != EmailMode.DAILY_DIGEST || time != null,
                        getTranslation("email-preferences.digest-time-required"))
                .bind(Choice::getDigestTime, Choice::setDigestTime);
        mode.addValueChangeListener(event -> showTime());
        getContent().add(mode, digestTime);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    void show(EmailPreference preference) {
        choice.setMode(preference.mode());
        choice.setDigestTime(preference.digestTime() == null ? SUGGESTED_TIME : preference.digestTime());
        binder.readBean(choice);
        showTime();
    }

    /** The choice, or null when the form shows what is missing. */
    Choice validChoice() {
        return binder.writeBeanIfValid(choice) ? choice : null;
    }

    void refuseTime(String message) {
        FieldErrors.show(digestTime, message);
    }

    void refuseMode(String message) {
        FieldErrors.show(mode, message);
    }

    private void showTime() {
        digestTime.setVisible(mode.getValue() == EmailMode.DAILY_DIGEST);
    }
}
