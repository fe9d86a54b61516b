package app.waymark.bootcamp.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.InputErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.bootcamp.BootcampHours;
import app.waymark.bootcamp.HoursField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * "Record hours" on the learner's Bootcamp tab: the day, the guided learning hours delivered that day and a note.
 * The service refuses what cannot be recorded; its message is shown on the field it names.
 */
class HoursForm extends VerticalLayout {

    private final BootcampHours hours;
    private final UUID learnerId;
    private final Runnable recorded;
    private final Binder<HoursDraft> binder = new Binder<>();
    private final DatePicker deliveredOn = new DatePicker();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextArea note = new TextArea();
    private final Paragraph formError = new Paragraph();
    private final Map<HoursField, HasValidation> fields;

    HoursForm(BootcampHours hours, UUID learnerId, Runnable recorded) {
        this.hours = hours;
        this.learnerId = learnerId;
        this.recorded = recorded;
        setId("bootcamp-hours-form");
        setPadding(false);
        setSpacing(false);

        deliveredOn.setId("bootcamp-hours-date");
        deliveredOn.setLabel(getTranslation("bootcamps.hours.form.date"));
        deliveredOn.setHelperText(getTranslation("bootcamps.hours.form.date.helper"));
        deliveredOn.setLocale(Locale.UK);
        amount.setId("bootcamp-hours-hours");
        amount.setLabel(getTranslation("bootcamps.hours.form.hours"));
        amount.setHelperText(getTranslation("bootcamps.hours.form.hours.helper"));
        note.setId("bootcamp-hours-note");
        note.setLabel(getTranslation("bootcamps.hours.form.note"));
        note.setMaxLength(500);
        fields = Map.of(HoursField.DELIVERED_ON, deliveredOn, HoursField.HOURS, amount, HoursField.NOTE, note);

        binder.forField(deliveredOn).bind(HoursDraft::getDeliveredOn, HoursDraft::setDeliveredOn);
        binder.forField(amount).bind(HoursDraft::getHours, HoursDraft::setHours);
        binder.forField(note).bind(HoursDraft::getNote, HoursDraft::setNote);

        FormLayout form = new FormLayout(deliveredOn, amount, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(note, 2);
        formError.setId("bootcamp-hours-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);
        Button save = new Button(getTranslation("bootcamps.hours.form.save"), event -> save());
        save.setId("bootcamp-hours-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H4(getTranslation("bootcamps.hours.form.title")), form, formError, save);
        binder.readBean(new HoursDraft());
    }

    private void save() {
        formError.setVisible(false);
        fields.values().forEach(field -> field.setInvalid(false));
        HoursDraft draft = new HoursDraft();
        try {
            binder.writeBean(draft);
            hours.record(learnerId, draft.getDeliveredOn(), draft.getHours(), draft.getNote());
            Notifications.success(getTranslation("bootcamps.hours.form.saved"));
            binder.readBean(new HoursDraft());
            recorded.run();
        } catch (ValidationException e) {
            // the binder marks the fields itself
        } catch (InvalidInputException e) {
            String message = InputErrors.text(this, e);
            e.formField().map(fields::get).ifPresent(field -> FieldErrors.show(field, message));
            formError.setText(message);
            formError.setVisible(true);
        }
    }
}
