package app.waymark.destination.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.destination.SurveyContactUpdates;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Every contact update learners gave in the survey that staff have not yet applied or dismissed. */
@Route("destinations/contact-updates")
@RolesAllowed(Permission.LEARNER_VIEW)
@AccessDeniedErrorRouter
class SurveyContactUpdatesView extends VerticalLayout implements HasDynamicTitle {

    private final SurveyContactUpdates updates;

    SurveyContactUpdatesView(SurveyContactUpdates updates) {
        this.updates = updates;
        setId("contact-updates");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("contact-update.list.title")));
        List<SurveyContactUpdates.ContactUpdate> pending = updates.pending();
        if (pending.isEmpty()) {
            add(new Paragraph(getTranslation("contact-update.list.none")));
            return;
        }
        add(new Paragraph(getTranslation("contact-update.list.intro", pending.size())));
        boolean canEdit = CurrentActor.has(Permission.LEARNER_EDIT);
        pending.forEach(update -> add(new ContactUpdateCard(update, updates, canEdit, true, this::show)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact-update.list.title");
    }
}
