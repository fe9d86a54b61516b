package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.tracker.CustomTrackerType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One of the provider's own tracker types as an admin defines it: name, up to {@value #MAX_FIELDS} fields (label,
 * text or date, required), pre-authorisation, rejection, switched on, days before overdue. Each field row has its
 * own binder; refusals from the service land on the name, the fields list or the days.
 */
final class CustomTrackerTypeForm extends Composite<VerticalLayout> {

    static final int MAX_FIELDS = 10;

    /** The type's own settings while the admin changes them. */
    static final class Draft {
        private String name = "";
        private boolean usesPreAuthorisation;
        private boolean usesRejection = true;
        private boolean enabled = true;
        private Integer dueDays = 10;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        boolean isUsesPreAuthorisation() {
            return usesPreAuthorisation;
        }

        void setUsesPreAuthorisation(boolean usesPreAuthorisation) {
            this.usesPreAuthorisation = usesPreAuthorisation;
        }

        boolean isUsesRejection() {
            return usesRejection;
        }

        void setUsesRejection(boolean usesRejection) {
            this.usesRejection = usesRejection;
        }

        boolean isEnabled() {
            return enabled;
        }

        void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        Integer getDueDays() {
            return dueDays;
        }

        void setDueDays(Integer dueDays) {
            this.dueDays = dueDays;
        }
    }

    /** One field of the type while the admin changes it. */
    static final class FieldDraft {
        private String label = "";
        private CustomTrackerType.FieldKind kind = CustomTrackerType.FieldKind.TEXT;
        private boolean required;

        String getLabel() {
            return label;
        }

        void setLabel(String label) {
            this.label = label;
        }

        CustomTrackerType.FieldKind getKind() {
            return kind;
        }

        void setKind(CustomTrackerType.FieldKind kind) {
            this.kind = kind;
        }

        boolean isRequired() {
            return required;
        }

        void setRequired(boolean required) {
            this.required = required;
        }
    }

    /** A field row: its binder and its components. */
    private record FieldRow(Binder<FieldDraft> binder, HorizontalLayout layout) {
    }

    private final UUID id;
    private final Binder<Draft> binder = new Binder<>();
    private final TextField name = new TextField();
    private final IntegerField dueDays = new IntegerField();
    private final Div fieldRows = new Div();
    private final Span fieldsError = new Span();
    private final Button addField = new Button();
    private final List<FieldRow> rows = new ArrayList<>();

    CustomTrackerTypeForm(CustomTrackerType type) {
        id = type == null ? null : type.id();
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("custom-type-form");
        name.setId("custom-type-name");
        name.setLabel(getTranslation("tracker.custom-type.name"));
        name.setMaxLength(80);
        name.setWidthFull();
        Checkbox preAuthorisation = new Checkbox(getTranslation("tracker.custom-type.pre-authorisation"));
        preAuthorisation.setId("custom-type-pre-authorisation");
        Checkbox rejection = new Checkbox(getTranslation("tracker.custom-type.rejection"));
        rejection.setId("custom-type-rejection");
        Checkbox enabled = new Checkbox(getTranslation("tracker.custom-type.enabled"));
        enabled.setId("custom-type-enabled");
        dueDays.setId("custom-type-due-days");
        dueDays.setLabel(getTranslation("tracker.settings.due-days"));
        dueDays.setHelperText(getTranslation("tracker.settings.due-days.help"));
        dueDays.setMin(1);
        dueDays.setMax(365);
        dueDays.setStepButtonsVisible(true);
        String range = getTranslation("tracker.settings.due-days.range");
        dueDays.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage(range)
                .setRequiredErrorMessage(getTranslation("tracker.settings.due-days.required")));

        binder.forField(name).asRequired(getTranslation("tracker.custom-type.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("tracker.form.too-long", 80), 1, 80))
                .bind(Draft::getName, Draft::setName);
        binder.forField(preAuthorisation).bind(Draft::isUsesPreAuthorisation, Draft::setUsesPreAuthorisation);
        binder.forField(rejection).bind(Draft::isUsesRejection, Draft::setUsesRejection);
        binder.forField(enabled).bind(Draft::isEnabled, Draft::setEnabled);
        binder.forField(dueDays).asRequired(getTranslation("tracker.settings.due-days.required"))
                .withValidator(days -> days >= 1 && days <= 365, range)
                .bind(Draft::getDueDays, Draft::setDueDays);
        Draft draft = new Draft();
        if (type != null) {
            draft.setName(type.name());
            draft.setUsesPreAuthorisation(type.usesPreAuthorisation());
            draft.setUsesRejection(type.usesRejection());
            draft.setEnabled(type.enabled());
            draft.setDueDays(type.dueDays());
        }
        binder.setBean(draft);

        Span fieldsHeading = new Span(getTranslation("tracker.custom-type.fields"));
        fieldsHeading.addClassName("wm-label");
        fieldRows.setId("custom-type-fields");
        fieldRows.setWidthFull();
        fieldsError.setId("custom-type-fields-error");
        fieldsError.addClassName("wm-error");
        fieldsError.getElement().setAttribute("role", "alert");
        addField.setText(getTranslation("tracker.custom-type.add-field"));
        addField.setId("custom-type-add-field");
        addField.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addField.addClickListener(event -> addRow(new FieldDraft()));
        if (type == null || type.fields().isEmpty()) {
            addRow(new FieldDraft());
        } else {
            type.fields().forEach(field -> {
                FieldDraft row = new FieldDraft();
                row.setLabel(field.label());
                row.setKind(field.kind());
                row.setRequired(field.required());
                addRow(row);
            });
        }

        FormLayout options = new FormLayout(preAuthorisation, rejection, enabled, dueDays);
        options.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Paragraph fieldsHelp = new Paragraph(getTranslation("tracker.custom-type.fields.help", MAX_FIELDS));
        fieldsHelp.getStyle().set("margin", "0");
        Div fieldsIntro = new Div(fieldsHeading, fieldsHelp);
        content.add(name, fieldsIntro, fieldRows, fieldsError, addField, options);
    }

    private void addRow(FieldDraft draft) {
        if (rows.size() >= MAX_FIELDS) {
            return;
        }
        int number = rows.size() + 1;
        TextField label = new TextField(getTranslation("tracker.custom-type.field.label", number));
        label.addClassName("custom-type-field-label");
        label.setMaxLength(60);
        Select<CustomTrackerType.FieldKind> kind = new Select<>();
        kind.addClassName("custom-type-field-kind");
        kind.setLabel(getTranslation("tracker.custom-type.field.kind"));
        kind.setItems(CustomTrackerType.FieldKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("tracker.custom-type.kind." + value.name()));
        kind.setWidth("9rem");
        Checkbox required = new Checkbox(getTranslation("tracker.custom-type.field.required"));
        required.addClassName("custom-type-field-required");
        Binder<FieldDraft> rowBinder = new Binder<>();
        rowBinder.forField(label).asRequired(getTranslation("tracker.custom-type.field.label.required"))
                .withValidator(new StringLengthValidator(getTranslation("tracker.form.too-long", 60), 1, 60))
                .bind(FieldDraft::getLabel, FieldDraft::setLabel);
        rowBinder.forField(kind).asRequired().bind(FieldDraft::getKind, FieldDraft::setKind);
        rowBinder.forField(required).bind(FieldDraft::isRequired, FieldDraft::setRequired);
        rowBinder.setBean(draft);
        HorizontalLayout layout = new HorizontalLayout(label, kind, required);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        layout.setWidthFull();
        layout.setFlexGrow(1, label);
        layout.addClassName("custom-type-field");
        FieldRow row = new FieldRow(rowBinder, layout);
        Button remove = new Button(getTranslation("tracker.custom-type.field.remove"), event -> removeRow(row));
        remove.addClassName("custom-type-field-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        rows.add(row);
        fieldRows.add(layout);
        refreshRows();
    }

    private void removeRow(FieldRow row) {
        rows.remove(row);
        fieldRows.remove(row.layout());
        refreshRows();
    }

    /** Renumbers the labels, keeps one row at least and at most {@value #MAX_FIELDS}. */
    private void refreshRows() {
        for (int i = 0; i < rows.size(); i++) {
            ((TextField) rows.get(i).layout().getComponentAt(0))
                    .setLabel(getTranslation("tracker.custom-type.field.label", i + 1));
            rows.get(i).layout().getComponentAt(3).setVisible(rows.size() > 1);
        }
        addField.setEnabled(rows.size() < MAX_FIELDS);
        fieldsError.setText("");
    }

    /** The type as entered, or empty when a field needs correcting. */
    Optional<CustomTrackerType> read() {
        boolean valid = binder.validate().isOk();
        for (FieldRow row : rows) {
            valid &= row.binder().validate().isOk();
        }
        if (!valid) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        List<CustomTrackerType.Field> fields = rows.stream().map(row -> row.binder().getBean())
                .map(field -> new CustomTrackerType.Field(field.getLabel().strip(), field.getKind(),
                        field.isRequired())).toList();
        return Optional.of(new CustomTrackerType(id, draft.getName().strip(), fields, draft.isUsesPreAuthorisation(),
                draft.isUsesRejection(), draft.isEnabled(), draft.getDueDays()));
    }

    /** Shows the refusal where it belongs; false when it is about none of this form's fields. */
    boolean show(InvalidInputException refusal) {
        switch (refusal.field() == null ? "" : refusal.field()) {
            case "name" -> FieldErrors.show(name, refusal.getMessage());
            case "dueDays" -> FieldErrors.show(dueDays, refusal.getMessage());
            case "fields" -> fieldsError.setText(refusal.getMessage());
            default -> {
                return false;
            }
        }
        return true;
    }
}
