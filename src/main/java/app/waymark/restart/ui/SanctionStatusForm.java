package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.ParticipantView;
import app.waymark.restart.Participants;
import app.waymark.restart.SanctionStatus;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import java.util.Arrays;
import java.util.List;

/**
 * A supervisor's change of sanction status: the new status, why (required), and optionally the participant's
 * monitoring tracker it follows from. Every change is kept (the Sanctions tab).
 */
final class SanctionStatusForm extends Composite<Div> {

    /** What the fields hold while the supervisor types. */
    static final class Draft {
        SanctionStatus status;
        String reason = "";
        MonitoringSummary tracker;
    }

    SanctionStatusForm(Participants participants, ParticipantView participant, List<MonitoringSummary> trackers,
                       Runnable changed) {
        Div content = getContent();
        content.setId("sanction-form");
        content.addClassName("wm-card");
        content.getStyle().set("margin-top", "var(--lumo-space-m)");
        // A combo box rather than a Select: Vaadin's Select puts aria-required on a button role (axe-core fails it).
        ComboBox<SanctionStatus> status = new ComboBox<>(getTranslation("restart.sanction.new-status"));
        status.setId("sanction-status");
        status.setItems(Arrays.stream(SanctionStatus.values()).filter(each -> each != participant.sanctionStatus())
                .toList());
        status.setItemLabelGenerator(SanctionStatus::label);
        status.setWidthFull();
        TextArea reason = new TextArea(getTranslation("restart.sanction.reason"));
        reason.setId("sanction-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        ComboBox<MonitoringSummary> tracker = new ComboBox<>(getTranslation("restart.sanction.tracker"));
        tracker.setId("sanction-tracker");
        tracker.setItems(trackers);
        tracker.setItemLabelGenerator(each -> getTranslation("restart.sanction.tracker.item", each.reference(),
                each.activityTitle(), each.status().label()));
        tracker.setClearButtonVisible(true);
        tracker.setWidthFull();
        tracker.setHelperText(getTranslation(trackers.isEmpty() ? "restart.sanction.tracker.none"
                : "restart.sanction.tracker.help"));
        tracker.setEnabled(!trackers.isEmpty());

        Binder<Draft> binder = new Binder<>();
        binder.forField(status).asRequired(getTranslation("restart.sanction.new-status.required"))
                .bind(d -> d.status, (d, v) -> d.status = v);
        binder.forField(reason).asRequired(getTranslation("restart.sanction.reason.required"))
                .bind(d -> d.reason, (d, v) -> d.reason = v);
        binder.forField(tracker).bind(d -> d.tracker, (d, v) -> d.tracker = v);
        binder.setBean(new Draft());

        Button save = new Button(getTranslation("restart.sanction.save"), event -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Draft draft = binder.getBean();
            try {
                participants.setSanctionStatus(participant.id(), draft.status, draft.reason,
                        draft.tracker == null ? null : draft.tracker.id());
                Notifications.success(getTranslation("restart.sanction.saved", draft.status.label()));
                changed.run();
            } catch (InvalidInputException e) {
                switch (e.field()) {
                    case "sanctionStatus" -> FieldErrors.show(status, e.getMessage());
                    case "reason" -> FieldErrors.show(reason, e.getMessage());
                    case "monitoringTracker" -> FieldErrors.show(tracker, e.getMessage());
                    default -> Notifications.error(e.getMessage());
                }
            }
        });
        save.setId("sanction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H3(getTranslation("restart.sanction.change")), status, reason, tracker, new Div(save));
    }
}
