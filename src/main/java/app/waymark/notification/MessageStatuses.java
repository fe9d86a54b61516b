package app.waymark.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where the messages queued for given purposes are now (e.g. a learner's survey invitations and reminders). */
@Service
public class MessageStatuses {

    public record Status(String purpose, MessageChannel channel, String recipient, MessageStatus status,
                         String deliveryStatus, Instant sentAt, String lastError) {
    }

    private final JdbcTemplate jdbc;

    MessageStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Status> forPurposes(Collection<String> purposes) {
        if (purposes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select purpose, channel, recipient, status, delivery_status, sent_at, last_error from outbox_message
                where purpose = any (?::text[]) order by created_at""",
                (rs, row) -> {
                    Timestamp sent = rs.getTimestamp("sent_at");
                    return new Status(rs.getString("purpose"), MessageChannel.valueOf(rs.getString("channel")),
                            rs.getString("recipient"), MessageStatus.valueOf(rs.getString("status")),
                            rs.getString("delivery_status"), sent == null ? null : sent.toInstant(),
                            rs.getString("last_error"));
                }, (Object) purposes.toArray(String[]::new));
    }
}
