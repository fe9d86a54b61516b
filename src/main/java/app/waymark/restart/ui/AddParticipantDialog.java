package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.Participants;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.UUID;
import java.util.function.Consumer;

/** A work coach adds a participant by hand; the signed-in work coach is proposed as theirs. */
final class AddParticipantDialog extends Dialog {

    AddParticipantDialog(Participants participants, Consumer<UUID> added) {
        setId("add-participant-dialog");
        setHeaderTitle(getTranslation("restart.participants.add"));
        setWidth("min(48rem, 100vw)");
        ParticipantForm form = new ParticipantForm(participants.workCoaches());
        form.proposeCoach(CurrentActor.require().id());
        add(form);
        Button save = new Button(getTranslation("restart.participants.add.save"), event -> {
            try {
                UUID id = participants.create(form.details());
                close();
                Notifications.success(getTranslation("restart.participants.added"));
                added.accept(id);
            } catch (InvalidInputException e) {
                form.showError(e);
            }
        });
        save.setId("add-participant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        getFooter().add(cancel, save);
    }
}
