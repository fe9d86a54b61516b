package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.util.Optional;

/** A change of address: up to four lines (the first required) and the postcode, as the ILR holds them. */
final class AddressChangeForm extends ChangeForm<RecordChange.AddressChange> {

    /** What the fields hold while the person types. */
    static final class Draft {
        private String addLine1 = "";
        private String addLine2 = "";
        private String addLine3 = "";
        private String addLine4 = "";
        private String postcode = "";

        String getAddLine1() {
            return addLine1;
        }

        void setAddLine1(String addLine1) {
            this.addLine1 = addLine1;
        }

        String getAddLine2() {
            return addLine2;
        }

        void setAddLine2(String addLine2) {
            this.addLine2 = addLine2;
        }

        String getAddLine3() {
            return addLine3;
        }

        void setAddLine3(String addLine3) {
            this.addLine3 = addLine3;
        }

        String getAddLine4() {
            return addLine4;
        }

        void setAddLine4(String addLine4) {
            this.addLine4 = addLine4;
        }

        String getPostcode() {
            return postcode;
        }

        void setPostcode(String postcode) {
            this.postcode = postcode;
        }
    }

    private final Binder<Draft> binder = new Binder<>();

    AddressChangeForm() {
        TextField line1 = field("addLine1", line("change-add-line1", "tracker.field.addLine1"));
        TextField line2 = field("addLine2", line("change-add-line2", "tracker.field.addLine2"));
        TextField line3 = field("addLine3", line("change-add-line3", "tracker.field.addLine3"));
        TextField line4 = field("addLine4", line("change-add-line4", "tracker.field.addLine4"));
        TextField postcode = field("postcode", new TextField(getTranslation("tracker.field.postcode")));
        postcode.setId("change-postcode");
        postcode.setMaxLength(8);
        postcode.setHelperText(getTranslation("tracker.form.postcode.help"));
        String tooLong = getTranslation("tracker.form.too-long", 50);
        binder.forField(line1).asRequired(getTranslation("tracker.form.add-line1.required"))
                .withValidator(new StringLengthValidator(tooLong, 0, 50))
                .bind(Draft::getAddLine1, Draft::setAddLine1);
        binder.forField(line2).withValidator(new StringLengthValidator(tooLong, 0, 50))
                .bind(Draft::getAddLine2, Draft::setAddLine2);
        binder.forField(line3).withValidator(new StringLengthValidator(tooLong, 0, 50))
                .bind(Draft::getAddLine3, Draft::setAddLine3);
        binder.forField(line4).withValidator(new StringLengthValidator(tooLong, 0, 50))
                .bind(Draft::getAddLine4, Draft::setAddLine4);
        binder.forField(postcode).asRequired(getTranslation("tracker.form.postcode.required"))
                .bind(Draft::getPostcode, Draft::setPostcode);
        binder.setBean(new Draft());
        getContent().add(line1, line2, line3, line4, postcode);
    }

    private TextField line(String id, String labelKey) {
        TextField line = new TextField(getTranslation(labelKey));
        line.setId(id);
        line.setMaxLength(50);
        return line;
    }

    @Override
    Class<RecordChange.AddressChange> kind() {
        return RecordChange.AddressChange.class;
    }

    @Override
    Optional<RecordChange.AddressChange> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        return Optional.of(new RecordChange.AddressChange(draft.getAddLine1(), draft.getAddLine2(),
                draft.getAddLine3(), draft.getAddLine4(), draft.getPostcode()));
    }

    @Override
    void fill(RecordChange.AddressChange change) {
        Draft draft = new Draft();
        draft.setAddLine1(NameChangeForm.orEmpty(change.addLine1()));
        draft.setAddLine2(NameChangeForm.orEmpty(change.addLine2()));
        draft.setAddLine3(NameChangeForm.orEmpty(change.addLine3()));
        draft.setAddLine4(NameChangeForm.orEmpty(change.addLine4()));
        draft.setPostcode(NameChangeForm.orEmpty(change.postcode()));
        binder.setBean(draft);
    }
}
