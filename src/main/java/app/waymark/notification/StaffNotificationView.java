package app.waymark.notification;

import java.time.Instant;
import java.util.UUID;

/** One entry under the bell. {@code link} is a route in the portal (e.g. {@code learners/…}), or null. */
public record StaffNotificationView(UUID id, String title, String body, String link, Instant createdAt,
                                    boolean read) {
}
