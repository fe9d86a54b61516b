package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityStatus;
import app.waymark.restart.ActivityView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import java.util.Objects;

/** Records an activity's outcome: Planned, Complete, or Not complete with the reason (then required). */
final class OutcomeDialog extends Dialog {

    /** What the fields hold while the work coach chooses. */
    static final class Draft {
        ActivityStatus status;
        String reason = "";
    }

    OutcomeDialog(ActionPlans plans, ActivityView activity, ActionPlanTab.Guard guarded) {
        setId("outcome-dialog");
        setHeaderTitle(getTranslation("restart.plan.outcome.title", activity.title()));
        setWidth("min(36rem, 100vw)");
        RadioButtonGroup<ActivityStatus> status = new RadioButtonGroup<>(getTranslation("restart.plan.status"));
        status.setId("outcome-status");
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(ActivityStatus::label);
        TextArea reason = new TextArea(getTranslation("restart.plan.outcome.reason"));
        reason.setId("outcome-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setHelperText(getTranslation(activity.mandatory() ? "restart.plan.outcome.reason.help-mandatory"
                : "restart.plan.outcome.reason.help"));

        Binder<Draft> binder = new Binder<>();
        binder.forField(status).asRequired(getTranslation("restart.plan.outcome.status.required"))
                .bind(d -> d.status, (d, v) -> d.status = v);
        binder.forField(reason).withValidator(text -> status.getValue() != ActivityStatus.NOT_COMPLETE
                        || !text.isBlank(), getTranslation("restart.plan.outcome.reason.required"))
                .bind(d -> d.reason, (d, v) -> d.reason = v);
        Draft draft = new Draft();
        draft.status = activity.status();
        draft.reason = Objects.toString(activity.notCompleteReason(), "");
        binder.setBean(draft);
        reason.setVisible(draft.status == ActivityStatus.NOT_COMPLETE);
        reason.setRequiredIndicatorVisible(true);
        status.addValueChangeListener(event -> reason.setVisible(event.getValue() == ActivityStatus.NOT_COMPLETE));

        add(new Paragraph(getTranslation("restart.plan.outcome.intro")), status, reason);
        Button save = new Button(getTranslation("common.save"), event -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Draft chosen = binder.getBean();
            try {
                boolean applied = guarded.applied(() -> plans.outcome(activity.id(), activity.version(), chosen.status,
                        chosen.status == ActivityStatus.NOT_COMPLETE ? chosen.reason : null));
                close();
                if (applied) {
                    Notifications.success(getTranslation("restart.plan.outcome.saved", activity.title(),
                            chosen.status.label()));
                }
            } catch (InvalidInputException e) {
                if ("reason".equals(e.field())) {
                    FieldErrors.show(reason, e.getMessage());
                } else {
                    FieldErrors.show(status, e.getMessage());
                }
            }
        });
        save.setId("outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        getFooter().add(cancel, save);
    }
}
