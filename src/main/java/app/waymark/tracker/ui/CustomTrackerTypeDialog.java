package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.Notifications;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.CustomTrackerTypes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Creating one of the provider's own tracker types ({@code type} null) or changing one, in a dialog. */
final class CustomTrackerTypeDialog extends Dialog {

    CustomTrackerTypeDialog(CustomTrackerTypes customTypes, CustomTrackerType type, Consumer<UUID> onSaved) {
        setId("custom-type-dialog");
        setHeaderTitle(type == null ? getTranslation("tracker.custom-type.new")
                : getTranslation("tracker.custom-type.change", type.name()));
        setWidth("min(44rem, 100vw)");
        CustomTrackerTypeForm form = new CustomTrackerTypeForm(type);
        add(form);
        Button save = new Button(getTranslation("common.save"), event -> {
            Optional<CustomTrackerType> entered = form.read();
            if (entered.isEmpty()) {
                return;
            }
            try {
                UUID id = customTypes.save(entered.get());
                Notifications.success(getTranslation("tracker.custom-type.saved", entered.get().name()));
                close();
                onSaved.accept(id);
            } catch (InvalidInputException refusal) {
                if (!form.show(refusal)) {
                    Notifications.error(refusal.getMessage());
                }
            }
        });
        save.setId("custom-type-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        cancel.setId("custom-type-cancel");
        getFooter().add(cancel, save);
    }
}
