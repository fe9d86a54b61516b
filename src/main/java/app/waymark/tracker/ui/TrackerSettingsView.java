package app.waymark.tracker.ui;

import app.waymark.base.security.Permission;
import app.waymark.tracker.TrackerTypeSettings;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/** How the provider uses each tracker type (provider admins): one form per type, each saved on its own. */
@Route("tracker-settings")
@RolesAllowed(Permission.USERS_MANAGE)
@AccessDeniedErrorRouter
@Menu(title = "menu.tracker-settings", order = 87, icon = "vaadin:cogs")
class TrackerSettingsView extends VerticalLayout implements HasDynamicTitle {

    TrackerSettingsView(TrackerTypeSettings settings) {
        setId("tracker-settings");
        setMaxWidth("60rem");
        add(new H1(getTranslation("tracker.settings.title")), new Paragraph(getTranslation("tracker.settings.intro")));
        settings.all().forEach(setting -> add(new TrackerTypeSettingForm(settings, setting)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracker.settings.title");
    }
}
