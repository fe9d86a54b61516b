package app.waymark.destination.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.destination.SurveyContactUpdates;
import app.waymark.destination.SurveyContactUpdates.ContactUpdate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * One pending contact update from the survey: what the learner gave next to what their record holds, with "Update
 * the learner's record" and "Dismiss" for staff who may edit learners. Used on the learner's Destinations tab and on
 * the list of all pending updates.
 */
class ContactUpdateCard extends Div {

    ContactUpdateCard(ContactUpdate update, SurveyContactUpdates updates, boolean canEdit, boolean linkLearner,
                      Runnable afterReview) {
        addClassName("wm-contact-update");
        setId("contact-update-" + update.invitationId());
        H3 title = new H3();
        if (linkLearner) {
            title.add(new Anchor("learners/" + update.learnerId(), update.name().isBlank() ? update.learnRefNumber()
                    : update.name() + " (" + update.learnRefNumber() + ")"));
        } else {
            title.setText(getTranslation("contact-update.title"));
        }
        add(title, new Paragraph(getTranslation("contact-update.submitted",
                UkFormats.MINUTE.format(update.submittedAt()))));
        if (update.emailChanged()) {
            add(change("contact-update.email", update.givenEmail(), update.currentEmail()));
        }
        if (update.mobileChanged()) {
            add(change("contact-update.mobile", update.givenMobile(), update.currentMobile()));
        }
        if (canEdit) {
            Button apply = new Button(getTranslation("contact-update.apply"), event -> review(() ->
                    updates.apply(update.invitationId()), "contact-update.applied", afterReview));
            apply.setId("apply-contact-update-" + update.invitationId());
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button dismiss = new Button(getTranslation("contact-update.dismiss"), event -> review(() ->
                    updates.dismiss(update.invitationId()), "contact-update.dismissed", afterReview));
            dismiss.setId("dismiss-contact-update-" + update.invitationId());
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout buttons = new HorizontalLayout(apply, dismiss);
            buttons.setPadding(false);
            add(buttons);
        }
    }

    private Paragraph change(String labelKey, String given, String current) {
        return new Paragraph(getTranslation(labelKey, given, current == null || current.isBlank()
                ? getTranslation("contact-update.none") : current));
    }

    private void review(Runnable action, String doneKey, Runnable afterReview) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        afterReview.run();
    }
}
