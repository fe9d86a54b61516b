package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.util.Optional;

/** A change of name: the names as they should become, and whether it is a legal change (evidence expected). */
final class NameChangeForm extends ChangeForm<RecordChange.NameChange> {

    /** What the fields hold while the person types. */
    static final class Draft {
        private String givenNames = "";
        private String familyName = "";
        private boolean legalChange;

        String getGivenNames() {
            return givenNames;
        }

        void setGivenNames(String givenNames) {
            this.givenNames = givenNames;
        }

        String getFamilyName() {
            return familyName;
        }

        void setFamilyName(String familyName) {
            this.familyName = familyName;
        }

        boolean isLegalChange() {
            return legalChange;
        }

        void setLegalChange(boolean legalChange) {
            this.legalChange = legalChange;
        }
    }

    private final Binder<Draft> binder = new Binder<>();

    NameChangeForm() {
        TextField givenNames = field("givenNames", new TextField(getTranslation("tracker.field.givenNames")));
        givenNames.setId("change-given-names");
        givenNames.setMaxLength(100);
        TextField familyName = field("familyName", new TextField(getTranslation("tracker.field.familyName")));
        familyName.setId("change-family-name");
        familyName.setMaxLength(100);
        Checkbox legalChange = new Checkbox(getTranslation("tracker.field.legalChange"));
        legalChange.setId("change-legal");
        legalChange.setTooltipText(getTranslation("tracker.form.legal-change.help"));
        binder.forField(givenNames).asRequired(getTranslation("tracker.form.given-names.required"))
                .withValidator(new StringLengthValidator(getTranslation("tracker.form.too-long", 100), 1, 100))
                .bind(Draft::getGivenNames, Draft::setGivenNames);
        binder.forField(familyName).asRequired(getTranslation("tracker.form.family-name.required"))
                .withValidator(new StringLengthValidator(getTranslation("tracker.form.too-long", 100), 1, 100))
                .bind(Draft::getFamilyName, Draft::setFamilyName);
        binder.forField(legalChange).bind(Draft::isLegalChange, Draft::setLegalChange);
        binder.setBean(new Draft());
        getContent().add(givenNames, familyName, legalChange);
        getContent().setColspan(legalChange, 2);
    }

    @Override
    Class<RecordChange.NameChange> kind() {
        return RecordChange.NameChange.class;
    }

    @Override
    Optional<RecordChange.NameChange> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        return Optional.of(new RecordChange.NameChange(draft.getGivenNames(), draft.getFamilyName(),
                draft.isLegalChange()));
    }

    @Override
    void fill(RecordChange.NameChange change) {
        Draft draft = new Draft();
        draft.setGivenNames(orEmpty(change.givenNames()));
        draft.setFamilyName(orEmpty(change.familyName()));
        draft.setLegalChange(change.legalChange());
        binder.setBean(draft);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
