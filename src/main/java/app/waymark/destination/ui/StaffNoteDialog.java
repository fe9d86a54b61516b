package app.waymark.destination.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.InputErrors;
import app.waymark.destination.DestinationField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.util.function.Consumer;

/**
 * Asks staff for the text an action on a destination record needs (the reason for superseding an automatic OTH-3,
 * the note of a review) and runs the action with it. The form checks the text is there and not too long; the service
 * checks it again: a refusal about the text shows on the field and keeps the dialog open, any other refusal closes it
 * with a notification (the record changed meanwhile).
 */
final class StaffNoteDialog extends Dialog {

    /** As long as the service keeps (AutomaticRecords). */
    static final int MAX_LENGTH = 1000;

    /** What differs between the dialogs: ids and translation keys under {@code key}. */
    record Kind(String id, String key, DestinationField field) {
        static final Kind SUPERSEDE = new Kind("supersede", "destination.supersede", DestinationField.REASON);
        static final Kind REVIEW = new Kind("review", "destination.review", DestinationField.NOTE);
    }

    /** What the field holds while staff type. */
    static final class Note {
        private String text = "";

        String getText() {
            return text;
        }

        void setText(String text) {
            this.text = text;
        }
    }

    private final Binder<Note> binder = new Binder<>();

    /**
     * @param action    runs the change with the text; an {@link InvalidInputException} it throws is shown
     * @param onChanged called once the change is made (to show the records again)
     */
    StaffNoteDialog(Kind kind, String recordDescription, Consumer<String> action, Runnable onChanged,
                    Consumer<String> onRefused) {
        setId("destination-" + kind.id());
        setHeaderTitle(getTranslation(kind.key() + ".title"));
        setWidth("min(36rem, 100vw)");
        TextArea text = new TextArea(getTranslation(kind.key() + ".field"));
        text.setId(kind.id() + "-" + kind.field().fieldName());
        text.setWidthFull();
        text.setMaxLength(MAX_LENGTH);
        String required = getTranslation(kind.key() + ".required");
        binder.forField(text).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .withValidator(new StringLengthValidator(getTranslation("destination.note.too-long", MAX_LENGTH),
                        0, MAX_LENGTH))
                .bind(Note::getText, Note::setText);
        binder.setBean(new Note());
        add(new Paragraph(getTranslation(kind.key() + ".intro", recordDescription)), text);
        Button confirm = new Button(getTranslation(kind.key() + ".confirm"), event -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                action.accept(binder.getBean().getText());
                close();
                onChanged.run();
            } catch (InvalidInputException e) {
                if (e.formField().filter(kind.field()::equals).isPresent()) {
                    FieldErrors.show(text, InputErrors.text(this, e));
                } else {
                    close();
                    onRefused.accept(InputErrors.text(this, e));
                }
            }
        });
        confirm.setId("confirm-" + kind.id());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("destination.cancel"), event -> close());
        cancel.setId("cancel-" + kind.id());
        getFooter().add(cancel, confirm);
    }
}
