package app.waymark.notification.ui;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.ui.StaffHeaderItem;
import app.waymark.base.ui.UkFormats;
import app.waymark.notification.StaffNotificationView;
import app.waymark.notification.StaffNotifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

import java.util.List;

/** The bell in the staff header: unread count, and the latest notifications, marked read when the list is opened. */
@org.springframework.stereotype.Component
class NotificationBell implements StaffHeaderItem {

    private static final int SHOWN = 20;

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
        Div bell = new Div();
        if (CurrentActor.get().map(Actor::isPlatformOperator).orElse(true)) {
            return bell;
        }
        bell.addClassName("wm-bell");
        bell.getStyle().set("position", "relative");
        Button button = new Button(VaadinIcon.BELL.create());
        button.setId("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        Span count = new Span();
        count.setId("notification-count");
        count.addClassName("wm-bell-count");
        bell.add(button, count);

        Div list = new Div();
        list.addClassName("wm-notification-list");
        list.setId("notification-list");
        Popover popover = new Popover();
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(list);
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                fill(list);
                notifications.markAllRead();
                showCount(button, count);
            }
        });
        bell.add(popover);
        showCount(button, count);
        return bell;
    }

    private void showCount(Button button, Span count) {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(button.getTranslation("notifications.bell", unread));
    }

    private void fill(Div list) {
        list.removeAll();
        List<StaffNotificationView> latest = notifications.latest(SHOWN);
        if (latest.isEmpty()) {
            list.add(new Paragraph(list.getTranslation("notifications.none")));
        }
        for (StaffNotificationView item : latest) {
            Div entry = new Div();
            entry.addClassName("wm-notification");
            entry.addClassName(item.read() ? "read" : "unread");
            entry.add(new Div(item.link() == null ? new Span(item.title()) : new Anchor(item.link(), item.title())));
            if (item.body() != null) {
                entry.add(new Div(new Span(item.body())));
            }
            Span when = new Span(UkFormats.MINUTE.format(item.createdAt()));
            when.addClassName("wm-label");
            entry.add(new Div(when));
            list.add(entry);
        }
    }
}
