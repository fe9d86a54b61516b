package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.RestartSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.function.IntConsumer;

/** A supervisor's setting: after how many working days a New monitoring tracker counts as overdue. */
final class OverdueSetting extends HorizontalLayout {

    OverdueSetting(RestartSettings settings, IntConsumer whenSaved) {
        IntegerField days = new IntegerField(getTranslation("monitoring.setting.overdue-days"));
        days.setId("setting-overdue-days");
        days.setMin(1);
        days.setMax(60);
        days.setStepButtonsVisible(true);
        days.setValue(settings.overdueWorkingDays());
        days.setHelperText(getTranslation("monitoring.setting.overdue-days.help"));
        Button save = new Button(getTranslation("monitoring.setting.save"), event -> {
            try {
                settings.saveOverdueWorkingDays(days.getValue() == null ? 0 : days.getValue());
                days.setInvalid(false);
                Notifications.success(getTranslation("monitoring.setting.saved", days.getValue()));
                whenSaved.accept(days.getValue());
            } catch (InvalidInputException refused) {
                days.setErrorMessage(refused.getMessage());
                days.setInvalid(true);
            }
        });
        save.setId("setting-overdue-save");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(days, save);
    }
}
