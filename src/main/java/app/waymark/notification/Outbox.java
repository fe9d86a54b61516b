package app.waymark.notification;

import app.waymark.base.SecretTokens;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.db.ArrayParameters;
import app.waymark.base.security.CurrentActor;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

/**
 * Queues messages. Call it inside the transaction of the change that causes the message: the message is sent if and
 * only if that change commits. Queuing the same purpose for the same recipient and channel again does nothing.
 */
@Service
public class Outbox {


    private final JdbcTemplate jdbc;
    private final MessageDeliveryTask deliveryTask;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, MessageDeliveryTask deliveryTask, Clock clock) {
        this.jdbc = jdbc;
        this.deliveryTask = deliveryTask;
        this.clock = clock;
    }

    @Transactional
    public QueuedMessage queue(OutgoingEmail email) {
        UUID logoId = email.inlineLogoPng() == null ? null : storeAsset(email.inlineLogoPng(), "image/png");
        OutgoingEmail.Sender sender = email.sender();
        return insert(email.purpose(), email.kind(), MessageChannel.EMAIL, email.to().trim().toLowerCase(Locale.ROOT),
                email.subject(), email.text(), email.html(), sender == null ? null : sender.name(),
                sender == null ? null : sender.address(), sender == null ? null : sender.replyTo(), logoId);
    }

    @Transactional
    public QueuedMessage queue(OutgoingSms sms) {
        return insert(sms.purpose(), sms.kind(), MessageChannel.SMS, sms.to(), null, sms.text(), null, null,
                sms.senderId(), null, null);
    }

    /**
     * Queues many messages with a few statements (bulk sends such as the daily survey dispatch). Like
     * {@link #queue}, a purpose already queued for the same recipient and channel is skipped.
     *
     * @return how many were new
     */
    @Transactional
    public int queueAll(List<OutgoingEmail> emails, List<OutgoingSms> texts) {
        UUID tenantId = CurrentTenant.idOrNone();
        Map<byte[], UUID> logos = new IdentityHashMap<>();
        List<Row> rows = new ArrayList<>(emails.size() + texts.size());
        for (OutgoingEmail email : emails) {
            UUID logoId = email.inlineLogoPng() == null ? null
                    : logos.computeIfAbsent(email.inlineLogoPng(), png -> storeAsset(png, "image/png"));
            OutgoingEmail.Sender sender = email.sender() == null ? new OutgoingEmail.Sender(null, null, null)
                    : email.sender();
            rows.add(new Row(email.purpose(), email.kind(), MessageChannel.EMAIL,
                    email.to().trim().toLowerCase(Locale.ROOT), email.subject(), email.text(), email.html(),
                    sender.name(), sender.address(), sender.replyTo(), logoId));
        }
        for (OutgoingSms sms : texts) {
            rows.add(new Row(sms.purpose(), sms.kind(), MessageChannel.SMS, sms.to(), null, sms.text(), null, null,
                    sms.senderId(), null, null));
        }
        List<UUID> queued = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BULK_BATCH) {
            queued.addAll(insertAll(tenantId, rows.subList(from, Math.min(from + BULK_BATCH, rows.size()))));
        }
        deliveryTask.scheduleAll(tenantId, queued);
        return queued.size();
    }

    private static final int BULK_BATCH = 2_000;

    private record Row(String purpose, String kind, MessageChannel channel, String recipient, String subject,
                       String text, String html, String senderName, String senderAddress, String replyTo,
                       UUID logoId) {
    }

    private List<UUID> insertAll(UUID tenantId, List<Row> rows) {
        Timestamp now = Timestamp.from(clock.instant());
        String createdBy = actorName();
        String[][] columns = new String[13][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String[] values = {TimeOrderedIds.next().toString(), row.purpose() + "|" + row.channel() + "|"
                    + row.recipient(), row.purpose(), row.kind(), row.channel().name(), row.recipient(),
                    row.subject(), row.text(), row.html(), row.senderName(), row.senderAddress(), row.replyTo(),
                    row.logoId() == null ? null : row.logoId().toString()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        return jdbc.query(ArrayParameters.statement("""
                insert into outbox_message (tenant_id, id, idempotency_key, purpose, kind, channel, recipient,
                    subject, body_text, body_html, sender_name, sender_address, reply_to, logo_asset_id, status,
                    attempts, next_attempt_at, created_at, created_by)
                select ?, u.id::uuid, u.key, u.purpose, u.kind, u.channel, u.recipient, u.subject, u.body_text,
                    u.body_html, u.sender_name, u.sender_address, u.reply_to, u.logo::uuid, 'QUEUED', 0, ?, ?, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as u(id, key, purpose, kind, channel, recipient, subject, body_text, body_html, sender_name,
                         sender_address, reply_to, logo)
                on conflict (tenant_id, idempotency_key) do nothing
                returning id""", List.of(tenantId, now, now, createdBy), columns),
                (result, rowNumber) -> result.getObject(1, UUID.class));
    }

    private QueuedMessage insert(String purpose, String kind, MessageChannel channel, String recipient, String subject,
                                 String text, String html, String senderName, String senderAddress, String replyTo,
                                 UUID logoId) {
        UUID tenantId = CurrentTenant.idOrNone();
        UUID id = TimeOrderedIds.next();
        Instant now = clock.instant();
        String key = purpose + "|" + channel + "|" + recipient;
        List<UUID> inserted = jdbc.queryForList("""
                insert into outbox_message (tenant_id, id, idempotency_key, purpose, kind, channel, recipient, subject,
                    body_text, body_html, sender_name, sender_address, reply_to, logo_asset_id, status, attempts,
                    next_attempt_at, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?)
                on conflict (tenant_id, idempotency_key) do nothing
                returning id""", UUID.class, tenantId, id, key, purpose, kind, channel.name(), recipient, subject,
                text, html, senderName, senderAddress, replyTo, logoId, Timestamp.from(now), Timestamp.from(now),
                actorName());
        if (inserted.isEmpty()) {
            UUID existing = jdbc.queryForObject(
                    "select id from outbox_message where tenant_id = ? and idempotency_key = ?", UUID.class,
                    tenantId, key);
            return new QueuedMessage(existing, channel, recipient, true);
        }
        deliveryTask.schedule(tenantId, id);
        return new QueuedMessage(id, channel, recipient, false);
    }

    private UUID storeAsset(byte[] content, String contentType) {
        UUID tenantId = CurrentTenant.idOrNone();
        byte[] hash = SecretTokens.sha256(content);
        jdbc.update("""
                insert into message_asset (tenant_id, id, content_hash, content_type, content, created_at)
                values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, content_hash) do nothing""",
                tenantId, TimeOrderedIds.next(), hash, contentType, content, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select id from message_asset where tenant_id = ? and content_hash = ?",
                UUID.class, tenantId, hash);
    }

    private static String actorName() {
        return CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME);
    }

}
