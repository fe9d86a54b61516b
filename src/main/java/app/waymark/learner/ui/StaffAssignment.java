package app.waymark.learner.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerService;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.UUID;

/** The learner's primary tutor and work coach, and (with the permission to edit learners) a form to assign them. */
class StaffAssignment extends Div {

    private final LearnerService learners;
    private final StaffMembers staff;
    private final UUID learnerId;
    private final Runnable saved;

    StaffAssignment(LearnerService learners, StaffMembers staff, UUID learnerId, LearnerDetails.Staff assigned,
                    Runnable saved) {
        this.learners = learners;
        this.staff = staff;
        this.learnerId = learnerId;
        this.saved = saved;
        setId("learner-staff");
        add(line("learner.primary-tutor", assigned.primaryTutorId()), line("learner.work-coach", assigned.workCoachId()));
        if (CurrentActor.has(Permission.LEARNER_EDIT)) {
            Button assign = new Button(getTranslation("learner.assign-staff"));
            assign.setId("assign-staff");
            assign.addClickListener(e -> {
                remove(assign);
                add(form(assigned));
            });
            add(assign);
        }
    }

    private VerticalLayout form(LearnerDetails.Staff assigned) {
        ComboBox<StaffMember> tutor = choice("learner.primary-tutor", Permission.PRIMARY_TUTOR,
                assigned.primaryTutorId(), "primary-tutor");
        ComboBox<StaffMember> coach = choice("learner.work-coach", Permission.MONITORING_WORK,
                assigned.workCoachId(), "work-coach");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                learners.assignStaff(learnerId, new LearnerDetails.Staff(idOf(tutor), idOf(coach)));
                Notifications.success(getTranslation("learner.staff-saved"));
                saved.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show("workCoach".equals(ex.field()) ? coach : tutor, ex.getMessage());
            }
        });
        save.setId("save-staff");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new FormLayout(tutor, coach), save);
    }

    private ComboBox<StaffMember> choice(String labelKey, String permission, UUID current, String id) {
        List<StaffMember> members = staff.holding(permission);
        ComboBox<StaffMember> box = new ComboBox<>(getTranslation(labelKey), members);
        box.setItemLabelGenerator(StaffMember::displayName);
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("learner.unassigned"));
        members.stream().filter(member -> member.id().equals(current)).findFirst().ifPresent(box::setValue);
        box.setId(id);
        return box;
    }

    private static UUID idOf(ComboBox<StaffMember> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    private Paragraph line(String labelKey, UUID staffId) {
        String name = staffId == null ? null : staff.find(staffId).map(StaffMember::displayName).orElse(null);
        return LabelledValue.of(getTranslation(labelKey), name == null ? getTranslation("learner.unassigned") : name);
    }
}
