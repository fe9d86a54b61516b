package app.waymark.notification;

import app.waymark.base.SecretLinks;
import app.waymark.base.TimeOrderedIds;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Records SMS that were sent before, outside this installation (a provider's history brought over from an earlier
 * system, or demo data): stored as sent, with the delivery receipt, and never sent again. Recording the same purpose
 * for the same number twice records it once.
 */
@Service
public class PastMessages {

    private final JdbcTemplate jdbc;

    PastMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void recordDeliveredSms(OutgoingSms sms, String providerMessageId, Instant sentAt, String deliveryStatus,
                                   Instant deliveredAt, String recordedBy) {
        UUID tenantId = CurrentTenant.idOrNone();
        UUID id = TimeOrderedIds.next();
        int inserted = jdbc.update("""
                insert into outbox_message (tenant_id, id, idempotency_key, purpose, kind, channel, recipient,
                    body_text, sender_address, status, attempts, provider_message_id, delivery_status,
                    delivery_updated_at, created_at, created_by, sent_at)
                values (?, ?, ?, ?, ?, 'SMS', ?, ?, ?, 'SENT', 1, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, idempotency_key) do nothing""",
                tenantId, id, sms.purpose() + "|SMS|" + sms.to(), sms.purpose(), sms.kind(), sms.to(), SecretLinks.mask(sms.text()),
                sms.senderId(), providerMessageId, deliveryStatus, Timestamp.from(deliveredAt),
                Timestamp.from(sentAt), recordedBy, Timestamp.from(sentAt));
        if (inserted == 1) {
            jdbc.update("""
                    insert into delivery_receipt (tenant_id, id, message_id, provider_message_id, status, receipt_at,
                        received_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", tenantId, TimeOrderedIds.next(), id, providerMessageId,
                    deliveryStatus, deliveredAt.toString(), Timestamp.from(deliveredAt));
        }
    }
}
