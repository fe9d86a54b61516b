package app.waymark.notification.ui;

import app.waymark.base.security.Actor;
import app.waymark.base.ui.UserMenuItem;
import org.springframework.stereotype.Component;

/** "Email notifications" in the user menu, for a provider's staff (platform operators get no notifications). */
@Component
class EmailPreferencesMenuItem implements UserMenuItem {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "email-preferences.menu";
    }

    @Override
    public String route() {
        return EmailPreferencesView.ROUTE;
    }

    @Override
    public boolean shownTo(Actor actor) {
        return !actor.isPlatformOperator();
    }
}
