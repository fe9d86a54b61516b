package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityPlan;
import app.waymark.restart.ActivityView;
import app.waymark.restart.ParticipantView;
import app.waymark.security.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A work coach adds an activity to the action plan (its owner the participant's work coach unless changed), or
 * changes one: making a Not complete activity mandatory can raise its monitoring tracker.
 */
final class ActivityDialog extends Dialog {

    /** What the fields hold while the work coach types. */
    static final class Draft {
        String title = "";
        String description = "";
        LocalDate dueOn;
        StaffMember owner;
        boolean mandatory;
    }

    static ActivityDialog adding(ActionPlans plans, ParticipantView participant, ActionPlanTab.Guard guarded) {
        return new ActivityDialog(plans, participant, null, guarded);
    }

    static ActivityDialog changing(ActionPlans plans, ParticipantView participant, ActivityView activity,
                                   ActionPlanTab.Guard guarded) {
        return new ActivityDialog(plans, participant, activity, guarded);
    }

    private ActivityDialog(ActionPlans plans, ParticipantView participant, ActivityView existing,
                           ActionPlanTab.Guard guarded) {
        setId("add-activity-dialog");
        setHeaderTitle(existing == null ? getTranslation("restart.plan.add.title", participant.fullName())
                : getTranslation("restart.plan.change.title", existing.title()));
        setWidth("min(40rem, 100vw)");
        TextField title = new TextField(getTranslation("restart.plan.title"));
        title.setId("activity-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("restart.plan.description"));
        description.setId("activity-description");
        description.setMaxLength(4000);
        DatePicker dueOn = new DatePicker(getTranslation("restart.plan.due"));
        dueOn.setId("activity-due");
        dueOn.setRequiredIndicatorVisible(true);
        ComboBox<StaffMember> owner = new ComboBox<>(getTranslation("restart.plan.owner"));
        owner.setId("activity-owner");
        List<StaffMember> owners = plans.owners();
        owner.setItems(owners);
        owner.setItemLabelGenerator(StaffMember::displayName);
        owner.setHelperText(getTranslation("restart.plan.owner.help"));
        owner.setClearButtonVisible(true);
        Checkbox mandatory = new Checkbox(getTranslation("restart.plan.mandatory"));
        mandatory.setId("activity-mandatory");
        mandatory.setHelperText(getTranslation("restart.plan.mandatory.help"));

        Binder<Draft> binder = new Binder<>();
        binder.forField(title).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(dueOn).bind(d -> d.dueOn, (d, v) -> d.dueOn = v);
        binder.forField(owner).bind(d -> d.owner, (d, v) -> d.owner = v);
        binder.forField(mandatory).bind(d -> d.mandatory, (d, v) -> d.mandatory = v);
        Draft draft = new Draft();
        UUID ownerId = existing == null ? participant.details().workCoachId() : existing.ownerId();
        draft.owner = owners.stream().filter(member -> member.id().equals(ownerId)).findFirst().orElse(null);
        if (existing != null) {
            draft.title = existing.title();
            draft.description = existing.description() == null ? "" : existing.description();
            draft.dueOn = existing.dueOn();
            draft.mandatory = existing.mandatory();
        }
        binder.setBean(draft);

        FormLayout form = new FormLayout(title, description, dueOn, owner, mandatory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation(existing == null ? "restart.plan.add" : "restart.plan.change"), event -> {
            binder.validate();
            Draft typed = binder.getBean();
            try {
                ActivityPlan plan = new ActivityPlan(typed.title, typed.description, typed.dueOn,
                        typed.owner == null ? null : typed.owner.id(), typed.mandatory);
                boolean applied = guarded.applied(() -> {
                    if (existing == null) {
                        plans.add(participant.id(), plan);
                    } else {
                        plans.change(existing.id(), existing.version(), plan);
                    }
                });
                close();
                if (applied) {
                    Notifications.success(getTranslation(existing == null ? "restart.plan.added"
                            : "restart.plan.changed", typed.title.strip()));
                }
            } catch (InvalidInputException e) {
                switch (e.field()) {
                    case "title" -> FieldErrors.show(title, e.getMessage());
                    case "dueOn" -> FieldErrors.show(dueOn, e.getMessage());
                    case "owner" -> FieldErrors.show(owner, e.getMessage());
                    default -> Notifications.error(e.getMessage());
                }
            }
        });
        save.setId("add-activity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        getFooter().add(cancel, save);
    }
}
