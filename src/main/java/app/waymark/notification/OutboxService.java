package app.waymark.notification;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.tenant.CurrentTenant;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What provider admins see of their outbox, and the hand retry of a message that failed or was dead-lettered. */
@Service
@PreAuthorize("hasRole('" + Permission.BRANDING_MANAGE + "')")
public class OutboxService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final OutboxMessageRepository messages;
    private final MessageDeliveryTask deliveryTask;
    private final AuditService audit;
    private final Clock clock;

    OutboxService(OutboxMessageRepository messages, MessageDeliveryTask deliveryTask, AuditService audit,
                  Clock clock) {
        this.messages = messages;
        this.deliveryTask = deliveryTask;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OutboxMessageSummary> find(OutboxFilter filter, int page, int pageSize) {
        var newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
        return messages.findAll(matching(filter), PageRequest.of(page, pageSize, newestFirst)).stream()
                .map(OutboxMessage::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(OutboxFilter filter) {
        return messages.count(matching(filter));
    }

    @Transactional
    public void retry(UUID messageId) {
        OutboxMessage message = messages.findById(messageId)
                .orElseThrow(() -> new InvalidInputException("message", "That message no longer exists."));
        if (!message.status().retryable()) {
            throw new InvalidInputException("message", "Only failed or dead-lettered messages can be retried; this"
                    + " one is " + message.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        MessageStatus before = message.status();
        message.requeueByHand(clock.instant());
        deliveryTask.schedule(CurrentTenant.idOrNone(), messageId);
        audit.record(AuditEntry.of(AuditActions.MESSAGE_RETRIED, "OutboxMessage", messageId)
                .before(Map.of("status", before.name()))
                .after(Map.of("status", MessageStatus.QUEUED.name(), "recipient", message.recipient())));
    }

    private static Specification<OutboxMessage> matching(OutboxFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.channel() != null) {
                predicates.add(cb.equal(root.get("channel"), filter.channel()));
            }
            if (filter.kind() != null && !filter.kind().isBlank()) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.recipient() != null && !filter.recipient().isBlank()) {
                predicates.add(cb.like(root.get("recipient"),
                        "%" + filter.recipient().trim().toLowerCase(Locale.ROOT) + "%"));
            }
            if (filter.queuedFrom() != null) {
                Instant from = filter.queuedFrom().atStartOfDay(UK).toInstant();
                predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), from));
            }
            if (filter.queuedTo() != null) {
                Instant toExclusive = filter.queuedTo().plusDays(1).atStartOfDay(UK).toInstant();
                predicates.add(cb.lessThan(root.get("createdAt"), toExclusive));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
