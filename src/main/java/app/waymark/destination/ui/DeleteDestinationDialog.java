package app.waymark.destination.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.InputErrors;
import app.waymark.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Confirms deleting a destination record entered by staff. A refusal (the record changed or went meanwhile) is
 * shown as a notification; the records are shown again either way.
 */
final class DeleteDestinationDialog extends Dialog {

    /**
     * @param outcome   the record's outcome as staff see it, e.g. "EMP-1"
     * @param startDate its start date as staff see it
     * @param delete    deletes the record (and tells staff)
     * @param afterwards shows the records again
     */
    DeleteDestinationDialog(String outcome, String startDate, Runnable delete, Runnable afterwards) {
        setId("destination-delete");
        setHeaderTitle(getTranslation("destination.delete.title"));
        add(new Paragraph(getTranslation("destination.delete.confirm", outcome, startDate)));
        Button confirm = new Button(getTranslation("destination.delete"), event -> {
            try {
                delete.run();
            } catch (InvalidInputException e) {
                Notifications.error(InputErrors.text(this, e));
            }
            close();
            afterwards.run();
        });
        confirm.setId("confirm-delete-destination");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("destination.cancel"), event -> close());
        getFooter().add(cancel, confirm);
    }
}
