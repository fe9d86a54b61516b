package app.waymark.audit;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The append-only audit trail. Writes join the caller's transaction ({@code MANDATORY}), so an event exists exactly
 * when the change it records was committed.
 */
@Service
public class AuditService {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String SYSTEM = "Waymark (system)";

    private final AuditEventRepository events;
    private final PlatformAuditEventRepository platformEvents;
    private final JsonMapper json;
    private final Clock clock;

    AuditService(AuditEventRepository events, PlatformAuditEventRepository platformEvents, JsonMapper json,
                 Clock clock) {
        this.events = events;
        this.platformEvents = platformEvents;
        this.json = json;
        this.clock = clock;
    }

    /** Records an event of the current tenant, by the signed-in actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        Actor actor = CurrentActor.get().orElse(null);
        recordAs(actor == null ? null : actor.id(), actor == null ? SYSTEM : actor.displayName(), entry);
    }

    /** Records an event of the current tenant by a named actor (e.g. a person who is not signed in yet). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(UUID actorId, String actorName, AuditEntry entry) {
        events.save(new AuditEvent(clock.instant(), actorId, actorName, entry, toJson(entry.before()),
                toJson(entry.after())));
    }

    /**
     * Records that background work the signed-in person started failed. It has a transaction of its own: the work's
     * own transaction, if it had one, was rolled back. {@code problem} is the plain description, never a stack trace.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordBackgroundFailure(String task, String subject, String problem) {
        record(AuditEntry.of(AuditActions.BACKGROUND_TASK_FAILED, "background_task", task).after(Map.of(
                "subject", subject == null ? "" : subject, "problem", abbreviate(problem, 500))));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPlatform(AuditEntry entry) {
        Actor actor = CurrentActor.get().orElse(null);
        recordPlatformAs(actor == null ? null : actor.id(), actor == null ? SYSTEM : actor.displayName(), entry);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPlatformAs(UUID actorId, String actorName, AuditEntry entry) {
        platformEvents.save(new PlatformAuditEvent(clock.instant(), actorId, actorName, entry,
                toJson(entry.before()), toJson(entry.after())));
    }

    @PreAuthorize("hasRole('" + Permission.AUDIT_READ + "')")
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditFilter filter, int page, int pageSize) {
        var newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
        return events.findAll(matching(filter), PageRequest.of(page, pageSize, newestFirst)).stream()
                .map(AuditEvent::toRecord).toList();
    }

    @PreAuthorize("hasRole('" + Permission.AUDIT_READ + "')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.count(matching(filter));
    }

    /** The history of one record (e.g. a learner), newest first, for those who may see that record. */
    @PreAuthorize("hasAnyRole('" + Permission.AUDIT_READ + "', '" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<AuditRecord> historyOf(String subjectType, String subjectId, int limit) {
        Specification<AuditEvent> subject = (root, query, cb) -> cb.and(
                cb.equal(root.get("subjectType"), subjectType), cb.equal(root.get("subjectId"), subjectId));
        var newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
        return events.findAll(subject, PageRequest.of(0, limit, newestFirst)).stream()
                .map(AuditEvent::toRecord).toList();
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    @Transactional(readOnly = true)
    public List<AuditRecord> latestPlatformEvents(int limit) {
        return platformEvents.findByOrderByOccurredAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(PlatformAuditEvent::toRecord).toList();
    }

    private static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                predicates.add(cb.like(cb.lower(root.get("actorName")),
                        "%" + filter.actor().trim().toLowerCase() + "%"));
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                predicates.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.from() != null) {
                Instant from = filter.from().atStartOfDay(UK).toInstant();
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (filter.to() != null) {
                Instant toExclusive = filter.to().plusDays(1).atStartOfDay(UK).toInstant();
                predicates.add(cb.lessThan(root.get("occurredAt"), toExclusive));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String abbreviate(String text, int max) {
        String plain = text == null ? "" : text.strip();
        return plain.length() <= max ? plain : plain.substring(0, max - 1) + "…";
    }

    private String toJson(Map<String, ?> details) {
        return details == null ? null : json.writeValueAsString(details);
    }
}
