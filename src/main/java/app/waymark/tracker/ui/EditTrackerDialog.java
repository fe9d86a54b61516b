package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.learner.RecordChange;
import app.waymark.tracker.TrackerDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Changing what a tracker asks for, its effective date and notes, in the type's {@link ChangeForm}. A
 * pre-authorised tracker goes back to New when saved (the dialog says so).
 */
final class EditTrackerDialog extends Dialog {

    /** Saves the edit and handles conflicts itself; an {@link InvalidInputException} lands on its field. */
    @FunctionalInterface
    interface Save {
        void save(RecordChange change, LocalDate effectiveDate, String notes);
    }

    EditTrackerDialog(TrackerDetails details, ChangeForm<?> form, Save save) {
        setId("edit-tracker");
        setHeaderTitle(getTranslation("tracker.edit.title", details.summary().reference()));
        setWidth("min(48rem, 100vw)");
        form.fillWith(details.change());
        DatePicker effectiveDate = new DatePicker(getTranslation("tracker.raise.effective-date"));
        effectiveDate.setId("edit-effective-date");
        effectiveDate.setValue(details.effectiveDate());
        TextArea notes = new TextArea(getTranslation("tracker.raise.notes"));
        notes.setId("edit-notes");
        notes.setMaxLength(2000);
        notes.setValue(details.notes() == null ? "" : details.notes());
        FormLayout common = new FormLayout(effectiveDate, notes);
        common.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (details.summary().status() == app.waymark.tracker.TrackerStatus.PRE_AUTHORISED) {
            add(new Paragraph(getTranslation("tracker.edit.voids-pre-authorisation")));
        }
        add(form, common);
        Button confirm = new Button(getTranslation("common.save"), event -> {
            Optional<? extends RecordChange> change = form.read();
            if (change.isEmpty()) {
                return;
            }
            try {
                save.save(change.get(), effectiveDate.getValue(), notes.getValue());
                close();
            } catch (InvalidInputException e) {
                if (form.show(e)) {
                    return;
                }
                switch (e.field() == null ? "" : e.field()) {
                    case "effectiveDate" -> FieldErrors.show(effectiveDate, e.getMessage());
                    case "notes" -> FieldErrors.show(notes, e.getMessage());
                    default -> Notifications.error(e.getMessage());
                }
            }
        });
        confirm.setId("edit-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        getFooter().add(cancel, confirm);
    }
}
