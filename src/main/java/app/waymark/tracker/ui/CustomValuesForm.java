package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.tracker.CustomTrackerType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one of the provider's own tracker types, built from the type: a text area for text, a date picker
 * for a date, required ones marked. Values are kept by the field's label (dates as yyyy-mm-dd), which is also how the
 * service names a field in its refusals.
 */
final class CustomValuesForm extends Composite<FormLayout> {

    static final int MAX_TEXT = 2000;

    private final Binder<Map<String, Object>> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final CustomTrackerType type;

    CustomValuesForm(CustomTrackerType type) {
        this.type = type;
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30rem", 2));
        int index = 0;
        for (CustomTrackerType.Field field : type.fields()) {
            String label = field.label();
            String id = "custom-field-" + index++;
            if (field.kind() == CustomTrackerType.FieldKind.DATE) {
                DatePicker picker = new DatePicker(label);
                picker.setId(id);
                var binding = binder.forField(picker);
                if (field.required()) {
                    binding = binding.asRequired(getTranslation("tracker.custom.required", label));
                }
                binding.bind(values -> (LocalDate) values.get(label), (values, value) -> values.put(label, value));
                fields.put(label, picker);
                getContent().add(picker);
            } else {
                TextArea area = new TextArea(label);
                area.setId(id);
                area.setMaxLength(MAX_TEXT);
                var binding = binder.forField(area);
                if (field.required()) {
                    binding = binding.asRequired(getTranslation("tracker.custom.required", label));
                }
                binding.withValidator(new StringLengthValidator(getTranslation("tracker.form.too-long", MAX_TEXT),
                                0, MAX_TEXT))
                        .bind(values -> (String) values.getOrDefault(label, ""),
                                (values, value) -> values.put(label, value));
                fields.put(label, area);
                getContent().add(area);
                getContent().setColspan(area, 2);
            }
        }
        binder.setBean(new HashMap<>());
    }

    /** Shows a tracker's values (dates as yyyy-mm-dd) in the fields of the same labels. */
    void fillWith(Map<String, String> values) {
        Map<String, Object> bean = new HashMap<>();
        for (CustomTrackerType.Field field : type.fields()) {
            String value = values.get(field.label());
            if (value != null) {
                bean.put(field.label(), field.kind() == CustomTrackerType.FieldKind.DATE ? LocalDate.parse(value)
                        : value);
            }
        }
        binder.setBean(bean);
    }

    CustomTrackerType type() {
        return type;
    }

    /** The values entered by label (empty ones left out), or empty when a field needs correcting. */
    Optional<Map<String, String>> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (CustomTrackerType.Field field : type.fields()) {
            Object value = binder.getBean().get(field.label());
            if (value != null && !value.toString().isBlank()) {
                values.put(field.label(), value.toString().strip());
            }
        }
        return Optional.of(values);
    }

    /** Shows the refusal on the field it names (by label); false when it names none of them. */
    boolean show(InvalidInputException refusal) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        FieldErrors.show(field, refusal.getMessage());
        return true;
    }
}
