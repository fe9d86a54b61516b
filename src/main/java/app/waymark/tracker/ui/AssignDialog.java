package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import app.waymark.tracker.TrackerConflictException;
import app.waymark.tracker.TrackerRefusedException;
import app.waymark.tracker.TrackerService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Allocates one or more open trackers to a member of staff, or to nobody (the field left empty). */
final class AssignDialog extends Dialog {

    AssignDialog(TrackerService trackers, StaffMembers staff, Collection<UUID> trackerIds, String what,
                 Runnable afterwards) {
        setId("assign-trackers");
        setHeaderTitle(getTranslation("tracker.assign.title"));
        TrackerTexts texts = new TrackerTexts(this);
        ComboBox<StaffMember> assignee = new ComboBox<>(getTranslation("tracker.assign.to"));
        assignee.setId("assign-to");
        assignee.setItems(Assignees.candidates(staff));
        assignee.setItemLabelGenerator(StaffMember::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("tracker.unassigned"));
        assignee.setHelperText(getTranslation("tracker.assign.help"));
        assignee.setWidthFull();
        add(new Paragraph(what), assignee);
        List<UUID> ids = List.copyOf(trackerIds);
        Button save = new Button(getTranslation("tracker.assign.save"), event -> {
            StaffMember chosen = assignee.getValue();
            try {
                int changed = trackers.assign(ids, chosen == null ? null : chosen.id());
                Notifications.success(chosen == null ? texts.get("tracker.assign.done-nobody", changed)
                        : texts.get("tracker.assign.done", changed, chosen.displayName()));
                close();
                afterwards.run();
            } catch (InvalidInputException e) {
                FieldErrors.show(assignee, e.getMessage());
            } catch (TrackerRefusedException e) {
                Notifications.error(texts.sentence(e.why()));
                close();
                afterwards.run();
            } catch (TrackerConflictException e) {
                Notifications.error(e.getMessage());
                close();
                afterwards.run();
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        getFooter().add(cancel, save);
    }
}
