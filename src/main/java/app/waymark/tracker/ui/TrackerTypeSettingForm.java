package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSetting;
import app.waymark.tracker.TrackerTypeSettings;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;

/** One tracker type's settings for the provider: on or off, pre-authorisation, applying at once, due days. */
final class TrackerTypeSettingForm extends Composite<Div> {

    /** What the fields hold while the admin changes them. */
    static final class Draft {
        private boolean enabled;
        private boolean preAuthorisationRequired;
        private boolean appliesAtOnce;
        private Integer dueDays;

        boolean isEnabled() {
            return enabled;
        }

        void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        boolean isPreAuthorisationRequired() {
            return preAuthorisationRequired;
        }

        void setPreAuthorisationRequired(boolean preAuthorisationRequired) {
            this.preAuthorisationRequired = preAuthorisationRequired;
        }

        boolean isAppliesAtOnce() {
            return appliesAtOnce;
        }

        void setAppliesAtOnce(boolean appliesAtOnce) {
            this.appliesAtOnce = appliesAtOnce;
        }

        Integer getDueDays() {
            return dueDays;
        }

        void setDueDays(Integer dueDays) {
            this.dueDays = dueDays;
        }
    }

    TrackerTypeSettingForm(TrackerTypeSettings settings, TrackerTypeSetting setting) {
        TrackerType type = setting.type();
        String id = "setting-" + type.name();
        Div content = getContent();
        content.setId(id);
        content.addClassNames("wm-card", "wm-tracker-setting");
        TrackerTexts texts = new TrackerTexts(content);
        Checkbox enabled = new Checkbox(texts.get("tracker.settings.enabled"));
        enabled.setId(id + "-enabled");
        Checkbox preAuthorisation = new Checkbox(texts.get("tracker.settings.pre-authorisation"));
        preAuthorisation.setId(id + "-pre-authorisation");
        Checkbox atOnce = new Checkbox(texts.get("tracker.settings.at-once"));
        atOnce.setId(id + "-at-once");
        atOnce.setVisible(type == TrackerType.CHANGE_OF_CONTACT_DETAILS);
        atOnce.setTooltipText(texts.get("tracker.settings.at-once.help"));
        IntegerField dueDays = new IntegerField(texts.get("tracker.settings.due-days"));
        dueDays.setId(id + "-due-days");
        dueDays.setMin(1);
        dueDays.setMax(365);
        dueDays.setStepButtonsVisible(true);
        dueDays.setHelperText(texts.get("tracker.settings.due-days.help"));
        String range = texts.get("tracker.settings.due-days.range");
        dueDays.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage(range)
                .setRequiredErrorMessage(texts.get("tracker.settings.due-days.required")));

        Binder<Draft> binder = new Binder<>();
        binder.forField(enabled).bind(Draft::isEnabled, Draft::setEnabled);
        binder.forField(preAuthorisation).bind(Draft::isPreAuthorisationRequired, Draft::setPreAuthorisationRequired);
        binder.forField(atOnce).bind(Draft::isAppliesAtOnce, Draft::setAppliesAtOnce);
        binder.forField(dueDays).asRequired(texts.get("tracker.settings.due-days.required"))
                .withValidator(days -> days >= 1 && days <= 365, range)
                .bind(Draft::getDueDays, Draft::setDueDays);
        Draft draft = new Draft();
        draft.setEnabled(setting.enabled());
        draft.setPreAuthorisationRequired(setting.preAuthorisationRequired());
        draft.setAppliesAtOnce(setting.appliesAtOnce());
        draft.setDueDays(setting.dueDays());
        binder.setBean(draft);

        Button save = new Button(texts.get("common.save"), event -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Draft changed = binder.getBean();
            try {
                settings.save(new TrackerTypeSetting(type, changed.isEnabled(), changed.isPreAuthorisationRequired(),
                        changed.isAppliesAtOnce(), changed.getDueDays()));
                Notifications.success(texts.get("tracker.settings.saved", texts.type(type)));
            } catch (InvalidInputException e) {
                if ("dueDays".equals(e.field())) {
                    FieldErrors.show(dueDays, e.getMessage());
                } else {
                    Notifications.error(e.getMessage());
                }
            }
        });
        save.setId(id + "-save");
        Div options = new Div(enabled, preAuthorisation, atOnce);
        options.addClassName("wm-tracker-setting-options");
        content.add(new H2(texts.type(type)), options, dueDays, new Div(save));
    }
}
