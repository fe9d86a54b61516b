package app.waymark.notification;

import app.waymark.base.TimeOrderedIds;
import app.waymark.tenant.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies SMS delivery receipts. A receipt names the provider's message id only, so the message's tenant is found
 * through the narrow look-up function {@code outbox_message_by_provider_id}; the receipt is then stored and applied
 * in that tenant's context, once (a repeat of the same message, status and time changes nothing).
 */
@Service
public class DeliveryReceipts {

    public enum Result { APPLIED, DUPLICATE, UNKNOWN_MESSAGE }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final OutboxMessageRepository messages;
    private final Clock clock;

    DeliveryReceipts(JdbcTemplate jdbc, TransactionTemplate transactions, OutboxMessageRepository messages,
                     Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
    }

    public Result apply(String providerMessageId, String status, String errorCode, String receiptTimestamp) {
        List<Map<String, Object>> owners = transactions.execute(tx -> jdbc.queryForList(
                "select tenant_id, message_id from outbox_message_by_provider_id(?)", providerMessageId));
        if (owners == null || owners.isEmpty()) {
            return Result.UNKNOWN_MESSAGE;
        }
        UUID tenantId = (UUID) owners.getFirst().get("tenant_id");
        UUID messageId = (UUID) owners.getFirst().get("message_id");
        return TenantContext.callAs(tenantId, () -> transactions.execute(tx -> {
            Instant now = clock.instant();
            int inserted = jdbc.update("""
                    insert into delivery_receipt (tenant_id, id, message_id, provider_message_id, status, error_code,
                        receipt_at, received_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, provider_message_id, status, receipt_at) do nothing""",
                    tenantId, TimeOrderedIds.next(), messageId, providerMessageId, status, errorCode,
                    receiptTimestamp == null ? "" : receiptTimestamp, Timestamp.from(now));
            if (inserted == 0) {
                return Result.DUPLICATE;
            }
            messages.findById(messageId).ifPresent(message -> message.deliveryReported(status, now));
            return Result.APPLIED;
        }));
    }
}
