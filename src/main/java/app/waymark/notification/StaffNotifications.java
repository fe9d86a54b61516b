package app.waymark.notification;

import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.CurrentActor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The staff bell. Other modules post to it ({@link #post}) inside their own transaction; signed-in staff read their
 * own entries only.
 */
@Service
public class StaffNotifications {

    private final StaffNotificationRepository notifications;
    private final Clock clock;

    StaffNotifications(StaffNotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Posts to one staff member of the current tenant. */
    @Transactional
    public UUID post(UUID recipientId, String title, String body, String link) {
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(title, "title");
        UUID id = TimeOrderedIds.next();
        notifications.save(new StaffNotification(id, recipientId, title, body, link, clock.instant()));
        return id;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(CurrentActor.require().id());
    }

    @Transactional(readOnly = true)
    public List<StaffNotificationView> latest(int limit) {
        return notifications.findByRecipientIdOrderByCreatedAtDesc(CurrentActor.require().id(),
                PageRequest.of(0, limit)).stream().map(StaffNotification::view).toList();
    }

    @Transactional
    public void markAllRead() {
        notifications.markAllRead(CurrentActor.require().id(), clock.instant());
    }
}
