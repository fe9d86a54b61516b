package app.waymark.bootcamp.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.Notifications;
import app.waymark.bootcamp.BootcampEvents;
import app.waymark.bootcamp.EventKind;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * "Record an event" on the learner's Bootcamp tab: what happened, its date, the EVI code for 2025-26 starts and a
 * note. The service refuses what cannot be recorded; its message is shown on the field it names.
 */
class EventForm extends VerticalLayout {

    private final BootcampEvents events;
    private final UUID learnerId;
    private final Runnable recorded;
    private final Binder<EventDraft> binder = new Binder<>();
    private final Select<EventKind> kind = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TextField eviCode = new TextField();
    private final TextArea note = new TextArea();
    private final Paragraph formError = new Paragraph();
    private final Map<String, HasValidation> fieldsByInput;

    EventForm(BootcampEvents events, UUID learnerId, Runnable recorded) {
        this.events = events;
        this.learnerId = learnerId;
        this.recorded = recorded;
        setId("bootcamp-event-form");
        setPadding(false);
        setSpacing(false);

        kind.setId("bootcamp-event-kind");
        kind.setLabel(getTranslation("bootcamps.events.form.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("bootcamps.events.kind." + value.name()));
        date.setId("bootcamp-event-date");
        date.setLabel(getTranslation("bootcamps.events.form.date"));
        date.setHelperText(getTranslation("bootcamps.events.form.date.helper"));
        date.setLocale(Locale.UK);
        eviCode.setId("bootcamp-event-evi");
        eviCode.setLabel(getTranslation("bootcamps.events.form.evi"));
        eviCode.setHelperText(getTranslation("bootcamps.events.form.evi.helper"));
        eviCode.setMaxLength(3);
        note.setId("bootcamp-event-note");
        note.setLabel(getTranslation("bootcamps.events.form.note"));
        note.setMaxLength(500);
        fieldsByInput = Map.of("kind", kind, "eventDate", date, "eviCode", eviCode, "note", note);

        binder.forField(kind).asRequired(getTranslation("bootcamps.events.form.required"))
                .bind(EventDraft::getKind, EventDraft::setKind);
        binder.forField(date).bind(EventDraft::getDate, EventDraft::setDate);
        binder.forField(eviCode).bind(EventDraft::getEviCode, EventDraft::setEviCode);
        binder.forField(note).bind(EventDraft::getNote, EventDraft::setNote);

        FormLayout form = new FormLayout(kind, date, eviCode, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(note, 2);
        formError.setId("bootcamp-event-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);
        Button save = new Button(getTranslation("bootcamps.events.form.save"), event -> save());
        save.setId("bootcamp-event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H4(getTranslation("bootcamps.events.form.title")), form, formError, save);
        binder.readBean(new EventDraft());
    }

    private void save() {
        formError.setVisible(false);
        fieldsByInput.values().forEach(field -> field.setInvalid(false));
        EventDraft draft = new EventDraft();
        try {
            binder.writeBean(draft);
            events.record(learnerId, draft.getKind(), draft.getDate(), draft.getEviCode(), draft.getNote());
            Notifications.success(getTranslation("bootcamps.events.form.saved"));
            binder.readBean(new EventDraft());
            recorded.run();
        } catch (ValidationException e) {
            // the binder marks the fields itself
        } catch (InvalidInputException e) {
            HasValidation field = fieldsByInput.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
            formError.setText(e.getMessage());
            formError.setVisible(true);
        }
    }
}
