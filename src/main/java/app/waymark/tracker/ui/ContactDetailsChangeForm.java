package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.util.Optional;

/**
 * A change of contact details: the email (never empty) and the telephone (empty removes it). A UK mobile number
 * becomes the learner's mobile for texts, as the import does; the preview says so.
 */
final class ContactDetailsChangeForm extends ChangeForm<RecordChange.ContactDetailsChange> {

    /** What the fields hold while the person types. */
    static final class Draft {
        private String email = "";
        private String telNo = "";

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        String getTelNo() {
            return telNo;
        }

        void setTelNo(String telNo) {
            this.telNo = telNo;
        }
    }

    private final Binder<Draft> binder = new Binder<>();

    ContactDetailsChangeForm() {
        EmailField email = field("email", new EmailField(getTranslation("tracker.field.email")));
        email.setId("change-email");
        email.setMaxLength(100);
        TextField telNo = field("telNo", new TextField(getTranslation("tracker.field.telNo")));
        telNo.setId("change-tel-no");
        telNo.setHelperText(getTranslation("tracker.form.tel-no.help"));
        binder.forField(email).asRequired(getTranslation("tracker.form.email.required"))
                .bind(Draft::getEmail, Draft::setEmail);
        binder.forField(telNo).bind(Draft::getTelNo, Draft::setTelNo);
        binder.setBean(new Draft());
        getContent().add(email, telNo);
    }

    @Override
    Class<RecordChange.ContactDetailsChange> kind() {
        return RecordChange.ContactDetailsChange.class;
    }

    @Override
    Optional<RecordChange.ContactDetailsChange> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        return Optional.of(new RecordChange.ContactDetailsChange(draft.getEmail(), draft.getTelNo()));
    }

    @Override
    void fill(RecordChange.ContactDetailsChange change) {
        Draft draft = new Draft();
        draft.setEmail(NameChangeForm.orEmpty(change.email()));
        draft.setTelNo(NameChangeForm.orEmpty(change.telNo()));
        binder.setBean(draft);
    }
}
