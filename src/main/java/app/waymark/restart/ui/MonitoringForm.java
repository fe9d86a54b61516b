package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.restart.MonitoringDetails;
import app.waymark.restart.MonitoringStatus;
import app.waymark.restart.MonitoringUpdate;
import app.waymark.security.StaffMember;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a monitoring tracker's page changes: status (only those the person may set, plus the current one), assignee,
 * "DMA paperwork raised" (No asks why) and notes. Fields are named as the service names them, so a refusal lands on
 * the field it is about.
 */
final class MonitoringForm extends Composite<FormLayout> {

    static final int MAX_TEXT = 2000;

    /** What the fields hold while the person types. */
    static final class Draft {
        private MonitoringStatus status;
        private StaffMember assignee;
        private boolean dmaRaised = true;
        private String dmaNotRaisedReason = "";
        private String notes = "";

        MonitoringStatus getStatus() {
            return status;
        }

        void setStatus(MonitoringStatus status) {
            this.status = status;
        }

        StaffMember getAssignee() {
            return assignee;
        }

        void setAssignee(StaffMember assignee) {
            this.assignee = assignee;
        }

        boolean isDmaRaised() {
            return dmaRaised;
        }

        void setDmaRaised(boolean dmaRaised) {
            this.dmaRaised = dmaRaised;
        }

        String getDmaNotRaisedReason() {
            return dmaNotRaisedReason;
        }

        void setDmaNotRaisedReason(String dmaNotRaisedReason) {
            this.dmaNotRaisedReason = dmaNotRaisedReason;
        }

        String getNotes() {
            return notes;
        }

        void setNotes(String notes) {
            this.notes = notes;
        }
    }

    private final Binder<Draft> binder = new Binder<>();
    // radio buttons, not a Select: Vaadin's Select fails axe-core (aria-allowed-attr, decision 0038)
    private final RadioButtonGroup<MonitoringStatus> status = new RadioButtonGroup<>();
    private final ComboBox<StaffMember> assignee = new ComboBox<>();
    private final RadioButtonGroup<Boolean> dmaRaised = new RadioButtonGroup<>();
    private final TextArea dmaNotRaisedReason = new TextArea();
    private final TextArea notes = new TextArea();
    private final Map<String, HasValidation> fields;

    MonitoringForm(MonitoringDetails details, List<StaffMember> assignees) {
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30rem", 2));
        List<MonitoringStatus> options = new ArrayList<>(details.statusOptions());
        if (!options.contains(details.current().status())) {
            options.addFirst(details.current().status());
        }
        status.setId("monitoring-status");
        status.setLabel(getTranslation("monitoring.column.status"));
        status.setItems(options);
        status.setItemLabelGenerator(MonitoringStatus::label);
        List<StaffMember> people = new ArrayList<>(assignees);
        UUID current = details.current().assigneeId();
        if (current != null && people.stream().noneMatch(person -> person.id().equals(current))) {
            // someone who no longer works trackers keeps showing until the tracker is given to someone else
            people.add(new StaffMember(current, details.summary().assigneeName() == null ? current.toString()
                    : details.summary().assigneeName()));
        }
        assignee.setId("monitoring-assignee");
        assignee.setLabel(getTranslation("monitoring.column.assignee"));
        assignee.setItems(people);
        assignee.setItemLabelGenerator(StaffMember::displayName);
        assignee.setPlaceholder(getTranslation("monitoring.unassigned"));
        assignee.setClearButtonVisible(true);
        dmaRaised.setId("monitoring-dma");
        dmaRaised.setLabel(getTranslation("monitoring.dma"));
        dmaRaised.setItems(true, false);
        dmaRaised.setItemLabelGenerator(yes -> getTranslation(yes ? "common.yes" : "common.no"));
        dmaNotRaisedReason.setId("monitoring-dma-reason");
        dmaNotRaisedReason.setLabel(getTranslation("monitoring.dma.reason"));
        dmaNotRaisedReason.setRequiredIndicatorVisible(true);
        dmaNotRaisedReason.setMaxLength(MAX_TEXT);
        notes.setId("monitoring-notes");
        notes.setLabel(getTranslation("monitoring.notes"));
        notes.setMaxLength(MAX_TEXT);

        binder.forField(status).asRequired(getTranslation("monitoring.status.required"))
                .bind(Draft::getStatus, Draft::setStatus);
        binder.forField(assignee).bind(Draft::getAssignee, Draft::setAssignee);
        binder.forField(dmaRaised).bind(Draft::isDmaRaised, Draft::setDmaRaised);
        binder.forField(dmaNotRaisedReason)
                .withValidator(reason -> Boolean.TRUE.equals(dmaRaised.getValue()) || !reason.isBlank(),
                        getTranslation("monitoring.dma.reason.required"))
                .withValidator(new StringLengthValidator(getTranslation("monitoring.too-long", MAX_TEXT), 0, MAX_TEXT))
                .bind(Draft::getDmaNotRaisedReason, Draft::setDmaNotRaisedReason);
        binder.forField(notes)
                .withValidator(new StringLengthValidator(getTranslation("monitoring.too-long", MAX_TEXT), 0, MAX_TEXT))
                .bind(Draft::getNotes, Draft::setNotes);
        Draft draft = new Draft();
        draft.setStatus(details.current().status());
        draft.setAssignee(current == null ? null
                : people.stream().filter(person -> person.id().equals(current)).findFirst().orElse(null));
        draft.setDmaRaised(details.current().dmaRaised());
        draft.setDmaNotRaisedReason(orEmpty(details.current().dmaNotRaisedReason()));
        draft.setNotes(orEmpty(details.current().notes()));
        binder.setBean(draft);
        dmaNotRaisedReason.setVisible(!draft.isDmaRaised());
        dmaRaised.addValueChangeListener(event -> {
            dmaNotRaisedReason.setVisible(Boolean.FALSE.equals(event.getValue()));
            dmaNotRaisedReason.setInvalid(false);
        });
        fields = Map.of("status", status, "assignee", assignee, "dmaNotRaisedReason", dmaNotRaisedReason,
                "notes", notes);
        getContent().add(status, assignee, dmaRaised, dmaNotRaisedReason, notes);
        getContent().setColspan(dmaRaised, 2);
        getContent().setColspan(dmaNotRaisedReason, 2);
        getContent().setColspan(notes, 2);
    }

    /** The change entered, or empty when a field needs correcting (the binder shows why on the field). */
    Optional<MonitoringUpdate> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        return Optional.of(new MonitoringUpdate(draft.getStatus(),
                draft.getAssignee() == null ? null : draft.getAssignee().id(), draft.isDmaRaised(),
                draft.isDmaRaised() ? null : draft.getDmaNotRaisedReason(), draft.getNotes()));
    }

    /** Shows the refusal on its field; false when it is about none of this form's fields. */
    boolean show(InvalidInputException refusal) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        FieldErrors.show(field, refusal.getMessage());
        return true;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
