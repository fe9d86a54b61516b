package app.waymark.notification.ui;

import app.waymark.notification.StaffNotifications;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationBellTest extends KaribuTest {

    @Autowired
    StaffNotifications notifications;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_posted_notification_shows_in_the_bell_count_and_list_and_opening_the_list_marks_it_read() {
        signInToUi("tracker-edit@riverside.example");
        UUID me = app.waymark.base.security.CurrentActor.require().id();
        notifications.markAllRead();
        String title = "Tracker waiting " + UUID.randomUUID();
        transactions.executeWithoutResult(status -> notifications.post(me, title, "A change of employer needs you.",
                "learners"));

        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("1");
        assertThat(bellLabel()).isEqualTo("Notifications, 1 unread");

        _get(Popover.class).setOpened(true);
        Div list = _get(Div.class, spec -> spec.withId("notification-list"));
        assertThat(list.getChildren().findFirst().orElseThrow().getElement().getTextRecursively()).contains(title);
        assertThat(_get(list, Anchor.class, spec -> spec.withText(title)).getHref()).isEqualTo("learners");
        assertThat(notifications.unreadCount()).isZero();
        assertThat(bellLabel()).isEqualTo("Notifications, 0 unread");
    }

    private static String bellLabel() {
        return _get(Button.class, spec -> spec.withId("notification-bell")).getElement().getAttribute("aria-label");
    }

    @Test
    void a_notification_for_someone_else_does_not_reach_my_bell() {
        signInToUi("tracker-process@riverside.example");
        notifications.markAllRead();
        UUID someoneElse = transactions.execute(status -> {
            signInToUi("tracker-create@riverside.example");
            return app.waymark.base.security.CurrentActor.require().id();
        });
        transactions.executeWithoutResult(status -> notifications.post(someoneElse, "Not yours", null, null));

        signInToUi("tracker-process@riverside.example");
        UI.getCurrent().navigate("");
        assertThat(bellLabel()).isEqualTo("Notifications, 0 unread");
    }
}
