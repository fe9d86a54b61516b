package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import java.util.function.Consumer;

/** Rejecting a tracker: the reason is required (the person who raised it is told it). */
final class RejectDialog extends Dialog {

    /** What the field holds while the person types. */
    static final class Draft {
        private String reason = "";

        String getReason() {
            return reason;
        }

        void setReason(String reason) {
            this.reason = reason;
        }
    }

    /**
     * @param reject rejects with the reason and handles any conflict itself; an {@link InvalidInputException}
     *               it throws is shown on the field and keeps the dialog open
     */
    RejectDialog(String reference, Consumer<String> reject) {
        setId("reject-tracker");
        setHeaderTitle(getTranslation("tracker.reject.title", reference));
        setWidth("min(36rem, 100vw)");
        TextArea reason = new TextArea(getTranslation("tracker.reject.reason"));
        reason.setId("reject-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        Binder<Draft> binder = new Binder<>();
        binder.forField(reason).asRequired(getTranslation("tracker.reject.reason.required"))
                .bind(Draft::getReason, Draft::setReason);
        binder.setBean(new Draft());
        add(new Paragraph(getTranslation("tracker.reject.intro")), reason);
        Button confirm = new Button(getTranslation("tracker.action.REJECT"), event -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                reject.accept(binder.getBean().getReason());
                close();
            } catch (InvalidInputException e) {
                FieldErrors.show(reason, e.getMessage());
            }
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        getFooter().add(cancel, confirm);
    }
}
