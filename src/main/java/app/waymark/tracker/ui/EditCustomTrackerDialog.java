package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.TrackerDetails;
import app.waymark.tracker.TrackerStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;
import java.util.Optional;

/**
 * Changing the field values and notes of a tracker of the provider's own type, in its {@link CustomValuesForm}
 * built from the type as it is now. A pre-authorised tracker goes back to New when saved (the dialog says so).
 */
final class EditCustomTrackerDialog extends Dialog {

    /** Saves the edit and handles conflicts itself; an {@link InvalidInputException} lands on its field. */
    @FunctionalInterface
    interface Save {
        void save(Map<String, String> values, String notes);
    }

    EditCustomTrackerDialog(TrackerDetails details, CustomTrackerType type, Save save) {
        setId("edit-custom-tracker");
        setHeaderTitle(getTranslation("tracker.edit.title", details.summary().reference()));
        setWidth("min(48rem, 100vw)");
        CustomValuesForm form = new CustomValuesForm(type);
        form.fillWith(details.customValues());
        TextArea notes = new TextArea(getTranslation("tracker.raise.notes"));
        notes.setId("edit-notes");
        notes.setWidthFull();
        notes.setMaxLength(2000);
        notes.setValue(details.notes() == null ? "" : details.notes());
        if (details.summary().status() == TrackerStatus.PRE_AUTHORISED) {
            add(new Paragraph(getTranslation("tracker.edit.voids-pre-authorisation")));
        }
        add(form, notes);
        Button confirm = new Button(getTranslation("common.save"), event -> {
            Optional<Map<String, String>> values = form.read();
            if (values.isEmpty()) {
                return;
            }
            try {
                save.save(values.get(), notes.getValue());
                close();
            } catch (InvalidInputException e) {
                if (form.show(e)) {
                    return;
                }
                if ("notes".equals(e.field())) {
                    FieldErrors.show(notes, e.getMessage());
                } else {
                    Notifications.error(e.getMessage());
                }
            }
        });
        confirm.setId("edit-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        cancel.setId("edit-cancel");
        getFooter().add(cancel, confirm);
    }
}
