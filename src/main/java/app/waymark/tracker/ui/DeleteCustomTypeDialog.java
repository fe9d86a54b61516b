package app.waymark.tracker.ui;

import app.waymark.base.ui.Notifications;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.CustomTypeInUseException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Deleting one of the provider's own tracker types. One that trackers use cannot be deleted: the dialog says why and
 * offers to switch it off instead (no new trackers of it; the existing ones keep their type and history).
 */
final class DeleteCustomTypeDialog extends Dialog {

    private final CustomTrackerTypes customTypes;
    private final CustomTrackerType type;
    private final Runnable onDone;

    DeleteCustomTypeDialog(CustomTrackerTypes customTypes, CustomTrackerType type, Runnable onDone) {
        this.customTypes = customTypes;
        this.type = type;
        this.onDone = onDone;
        setId("custom-type-delete-dialog");
        setHeaderTitle(getTranslation("tracker.custom-type.delete.title", type.name()));
        setWidth("min(36rem, 100vw)");
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        cancel.setId("custom-type-delete-cancel");
        getFooter().add(cancel);
        long used = customTypes.trackersOf(type.id());
        if (used == 0) {
            Paragraph confirm = new Paragraph(getTranslation("tracker.custom-type.delete.confirm", type.name()));
            confirm.setId("custom-type-delete-text");
            add(confirm);
            Button delete = new Button(getTranslation("tracker.custom-type.delete.button"), event -> delete());
            delete.setId("custom-type-delete-confirm");
            delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            getFooter().add(delete);
        } else {
            showInUse(used);
        }
    }

    private void delete() {
        try {
            customTypes.delete(type.id());
            Notifications.success(getTranslation("tracker.custom-type.deleted", type.name()));
            close();
            onDone.run();
        } catch (CustomTypeInUseException e) {
            // a tracker of the type was raised since the dialog opened
            removeAll();
            getFooter().getElement().removeAllChildren();
            Button cancel = new Button(getTranslation("common.cancel"), event -> close());
            cancel.setId("custom-type-delete-cancel");
            getFooter().add(cancel);
            showInUse(e.trackers());
        }
    }

    private void showInUse(long used) {
        Paragraph why = new Paragraph(getTranslation("tracker.custom-type.delete.in-use", type.name(), used));
        why.setId("custom-type-delete-text");
        add(why);
        if (!type.enabled()) {
            add(new Paragraph(getTranslation("tracker.custom-type.delete.already-off")));
            return;
        }
        Button switchOff = new Button(getTranslation("tracker.custom-type.switch-off"), event -> {
            customTypes.save(new CustomTrackerType(type.id(), type.name(), type.fields(),
                    type.usesPreAuthorisation(), type.usesRejection(), false, type.dueDays()));
            Notifications.success(getTranslation("tracker.custom-type.switched-off", type.name()));
            close();
            onDone.run();
        });
        switchOff.setId("custom-type-switch-off");
        switchOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(switchOff);
    }
}
