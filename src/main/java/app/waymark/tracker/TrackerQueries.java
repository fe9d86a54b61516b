package app.waymark.tracker;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The list filters as a JPA specification (the tenant is Hibernate's and row security's business). */
final class TrackerQueries {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<TrackerStatus> OPEN = List.of(TrackerStatus.NEW, TrackerStatus.PRE_AUTHORISED);

    static Specification<Tracker> matching(TrackerFilter filter, UUID me, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            switch (filter.assignee() == null ? TrackerFilter.Assignee.ANYONE : filter.assignee()) {
                case ME -> predicates.add(cb.equal(root.get("assigneeId"), me));
                case UNASSIGNED -> predicates.add(cb.isNull(root.get("assigneeId")));
                case PERSON -> predicates.add(cb.equal(root.get("assigneeId"), filter.assigneeId()));
                case ANYONE -> {
                }
            }
            if (filter.learnerId() != null) {
                predicates.add(cb.equal(root.get("learnerId"), filter.learnerId()));
            }
            if (filter.raisedFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("raisedAt"),
                        filter.raisedFrom().atStartOfDay(UK).toInstant()));
            }
            if (filter.raisedTo() != null) {
                predicates.add(cb.lessThan(root.get("raisedAt"),
                        filter.raisedTo().plusDays(1).atStartOfDay(UK).toInstant()));
            }
            if (filter.openOnly()) {
                predicates.add(root.get("status").in(OPEN));
            }
            if (filter.source() != null) {
                predicates.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.overdueOnly()) {
                predicates.add(root.get("status").in(OPEN));
                predicates.add(cb.lessThan(root.get("dueOn"), today));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static boolean overdue(Tracker tracker, LocalDate today) {
        return tracker.status().open() && tracker.dueOn().isBefore(today);
    }

    static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(UK));
    }

    private TrackerQueries() {
    }
}
