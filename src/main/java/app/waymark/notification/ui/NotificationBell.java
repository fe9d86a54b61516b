package app.waymark.notification.ui;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.ui.StaffHeaderItem;
import app.waymark.notification.StaffNotifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** Puts the notification {@link Bell} in the staff header (not for platform operators, who have no tenant). */
@org.springframework.stereotype.Component
class NotificationBell implements StaffHeaderItem {

    private final StaffNotifications notifications;

    NotificationBell(StaffNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        return CurrentActor.get().map(Actor::isPlatformOperator).orElse(true) ? new Div() : new Bell(notifications);
    }
}
