package app.waymark.destination.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.InputErrors;
import app.waymark.destination.DestinationError;
import app.waymark.destination.DestinationField;
import app.waymark.base.ui.Notifications;
import app.waymark.destination.LearnerDestinations;
import app.waymark.destination.ManualDestinations;
import app.waymark.destination.OutcomeCode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds or changes a destination record entered by staff: outcome (codes current today, in the funder's order of
 * types), start, end (only if it has ended) and collection date. The form checks what it can see (an outcome, a
 * start, an end not before the start, a collection date not in the future); the service checks the funder's rules
 * with the learner's other records, and its refusal shows on the field it names and keeps the dialog open.
 */
final class DestinationRecordDialog extends Dialog {

    /** What the fields hold while staff type. */
    static final class Draft {
        private OutcomeCode outcome;
        private LocalDate startDate;
        private LocalDate endDate;
        private LocalDate collectionDate;

        OutcomeCode getOutcome() {
            return outcome;
        }

        void setOutcome(OutcomeCode outcome) {
            this.outcome = outcome;
        }

        LocalDate getStartDate() {
            return startDate;
        }

        void setStartDate(LocalDate startDate) {
            this.startDate = startDate;
        }

        LocalDate getEndDate() {
            return endDate;
        }

        void setEndDate(LocalDate endDate) {
            this.endDate = endDate;
        }

        LocalDate getCollectionDate() {
            return collectionDate;
        }

        void setCollectionDate(LocalDate collectionDate) {
            this.collectionDate = collectionDate;
        }

        ManualDestinations.Entry entry() {
            return new ManualDestinations.Entry(outcome == null ? null : outcome.type(),
                    outcome == null ? null : outcome.code(), startDate, endDate, collectionDate);
        }
    }

    private final Binder<Draft> binder = new Binder<>();

    /**
     * @param record null to add a new record
     * @param save   adds or changes the record (and tells staff); an {@link InvalidInputException} it throws is
     *               shown on the field it names and in a notification, and the dialog stays open
     */
    DestinationRecordDialog(LearnerDestinations.DestinationRecord record, LocalDate today,
                            Consumer<ManualDestinations.Entry> save) {
        setId("destination-editor");
        setHeaderTitle(getTranslation(record == null ? "destination.add.title" : "destination.edit.title"));
        Select<OutcomeCode> outcome = new Select<>();
        outcome.setId("destination-outcome");
        outcome.setLabel(getTranslation("destination.field.outcome"));
        outcome.setItems(currentCodes(today));
        outcome.setItemLabelGenerator(code -> code.label() + " "
                + getTranslation("destination.code." + code.label()));
        outcome.setWidthFull();
        DatePicker start = datePicker("destination-start-date", getTranslation("destination.field.start"));
        DatePicker end = datePicker("destination-end-date", getTranslation("destination.field.end"));
        DatePicker collected = datePicker("destination-collection-date",
                getTranslation("destination.field.collected"));
        collected.setHelperText(getTranslation("destination.field.collected.help"));
        collected.setMax(today);

        binder.forField(outcome).asRequired(text(DestinationError.OUTCOME_MISSING))
                .bind(Draft::getOutcome, Draft::setOutcome);
        binder.forField(start).asRequired(text(DestinationError.START_DATE_MISSING))
                .bind(Draft::getStartDate, Draft::setStartDate);
        binder.forField(end).withValidator(date -> date == null || start.getValue() == null
                        || !date.isBefore(start.getValue()), text(DestinationError.END_DATE_BEFORE_START))
                .bind(Draft::getEndDate, Draft::setEndDate);
        binder.forField(collected).asRequired(text(DestinationError.COLLECTION_DATE_MISSING))
                .withValidator(date -> !date.isAfter(today), text(DestinationError.COLLECTION_DATE_IN_FUTURE))
                .bind(Draft::getCollectionDate, Draft::setCollectionDate);
        start.addValueChangeListener(event -> {
            if (end.getValue() != null) {
                binder.validate();
            }
        });
        Draft draft = new Draft();
        if (record == null) {
            draft.setCollectionDate(today);
        } else {
            draft.setOutcome(OutcomeCode.of(record.outcome().type(), record.outcome().code()).orElse(null));
            draft.setStartDate(record.outcome().startDate());
            draft.setEndDate(record.outcome().endDate());
            draft.setCollectionDate(record.outcome().collectionDate());
        }
        binder.setBean(draft);

        FormLayout form = new FormLayout(outcome, start, end, collected);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(outcome, 2);
        add(form);
        Map<DestinationField, HasValidation> fields = Map.of(DestinationField.OUTCOME, outcome,
                DestinationField.START_DATE, start, DestinationField.END_DATE, end, DestinationField.COLLECTION_DATE,
                collected);
        Button saveButton = new Button(getTranslation("destination.save"), event -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                save.accept(binder.getBean().entry());
                close();
            } catch (InvalidInputException e) {
                String message = InputErrors.text(this, e);
                e.formField().map(fields::get).ifPresent(field -> FieldErrors.show(field, message));
                Notifications.error(message);
            }
        });
        saveButton.setId("save-destination");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("destination.cancel"), event -> close());
        cancel.setId("cancel-destination");
        getFooter().add(cancel, saveButton);
    }

    /** The outcome codes that can be chosen today, by type in the order staff look for them (positive first). */
    private static List<OutcomeCode> currentCodes(LocalDate today) {
        return Arrays.stream(OutcomeCode.values()).filter(code -> code.current(today))
                .sorted(Comparator.comparing(OutcomeCode::type)).toList();
    }

    /** The form checks what the service would refuse with the same words. */
    private String text(DestinationError error) {
        return InputErrors.text(this, error.with());
    }

    private static DatePicker datePicker(String id, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setLocale(Locale.UK);
        return picker;
    }
}
