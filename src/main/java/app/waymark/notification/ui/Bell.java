package app.waymark.notification.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.notification.StaffNotificationView;
import app.waymark.notification.StaffNotifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

import java.util.List;

/**
 * The bell: unread count (refreshed on every navigation, since the header stays while views change) and the latest
 * notifications, marked read when the list is opened.
 */
class Bell extends Div implements AfterNavigationObserver {

    private static final int SHOWN = 20;

    private final StaffNotifications notifications;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();

    Bell(StaffNotifications notifications) {
        this.notifications = notifications;
        addClassName("wm-bell");
        getStyle().set("position", "relative");
        button.setId("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.addClassName("wm-bell-count");
        list.addClassName("wm-notification-list");
        list.setId("notification-list");
        Popover popover = new Popover();
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(list);
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                fill();
                notifications.markAllRead();
                showCount();
            }
        });
        add(button, count, popover);
        showCount();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showCount();
    }

    private void showCount() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("notifications.bell", unread));
    }

    private void fill() {
        list.removeAll();
        List<StaffNotificationView> latest = notifications.latest(SHOWN);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
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
