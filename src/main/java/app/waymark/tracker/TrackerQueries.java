package app.waymark.tracker;

import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SQL of the tracker list, in the current tenant. Row security keeps it to the provider; the explicit tenant
 * condition is for the planner, which then reads each index from its leading column with the provider's own
 * statistics (as Hibernate's tenant condition did). A page reads only the columns a list shows, never the evidence
 * file, and counts use {@code count(*)}, so an index without {@code id} can answer them alone.
 */
@Component
class TrackerQueries {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Open statuses as SQL literals: the planner then knows which entries of the status index to read. */
    private static final String OPEN = Arrays.stream(TrackerStatus.values()).filter(TrackerStatus::open)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private static final RowMapper<Listed> LISTED = (rs, row) -> new Listed(rs.getObject("id", UUID.class),
            rs.getLong("number"), TrackerType.valueOf(rs.getString("tracker_type")),
            rs.getObject("learner_id", UUID.class), TrackerStatus.valueOf(rs.getString("status")),
            rs.getObject("assignee_id", UUID.class), rs.getString("raised_by_name"),
            rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getObject("due_on", LocalDate.class),
            rs.getObject("custom_type_id", UUID.class));

    private final JdbcTemplate jdbc;

    TrackerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A tracker as the list reads it: what {@link TrackerSummary} needs before names are added. */
    record Listed(UUID id, long number, TrackerType type, UUID learnerId, TrackerStatus status, UUID assigneeId,
                  String raisedByName, Instant raisedAt, LocalDate dueOn, UUID customTypeId) {

        static Listed of(Tracker tracker) {
            return new Listed(tracker.id(), tracker.number(), tracker.type(), tracker.learnerId(), tracker.status(),
                    tracker.assigneeId(), tracker.raisedByName(), tracker.raisedAt(), tracker.dueOn(),
                    tracker.customTypeId());
        }
    }

    /** One page, newest raised first (the order of the list's indexes). */
    List<Listed> page(TrackerFilter filter, UUID me, LocalDate today, int offset, int limit) {
        Where where = where(filter, me, today);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query("""
                select id, number, tracker_type, learner_id, status, assignee_id, raised_by_name, raised_at, due_on,
                    custom_type_id
                from tracker""" + where.sql() + " order by raised_at desc, id desc limit ? offset ?", LISTED,
                arguments.toArray());
    }

    /**
     * The next {@code limit} after the tracker raised at {@code raisedAt} with {@code id} (from the start when null),
     * in the list's order: a keyset page, which reads only its own entries of the index however deep it is and is not
     * shifted by trackers raised meanwhile.
     */
    List<Listed> after(TrackerFilter filter, UUID me, LocalDate today, Instant raisedAt, UUID id, int limit) {
        Where where = where(filter, me, today);
        List<Object> arguments = new ArrayList<>(where.arguments());
        String sql = where.sql();
        if (raisedAt != null) {
            sql += " and (raised_at, id) < (?, ?)";
            arguments.add(raisedAt.atOffset(ZoneOffset.UTC));
            arguments.add(id);
        }
        arguments.add(limit);
        return jdbc.query("""
                select id, number, tracker_type, learner_id, status, assignee_id, raised_by_name, raised_at, due_on,
                    custom_type_id
                from tracker""" + sql + " order by raised_at desc, id desc limit ?", LISTED, arguments.toArray());
    }

    long count(TrackerFilter filter, UUID me, LocalDate today) {
        Where where = where(filter, me, today);
        Long count = jdbc.queryForObject("select count(*) from tracker" + where.sql(), Long.class,
                where.arguments().toArray());
        return count == null ? 0 : count;
    }

    /** How many match, counting no further than {@code limit}: a count that stops reads at most that many entries. */
    TrackerCount countUpTo(TrackerFilter filter, UUID me, LocalDate today, int limit) {
        Where where = where(filter, me, today);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(limit + 1);
        Long count = jdbc.queryForObject("select count(*) from (select 1 from tracker" + where.sql()
                + " limit ?) as matching", Long.class, arguments.toArray());
        long found = count == null ? 0 : count;
        return found > limit ? TrackerCount.moreThan(limit) : TrackerCount.exactly(found);
    }

    private record Where(String sql, List<Object> arguments) {
    }

    private static Where where(TrackerFilter filter, UUID me, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        conditions.add("tenant_id = ?");
        arguments.add(CurrentTenant.idOrNone());
        if (filter.type() != null) {
            conditions.add("tracker_type = ?");
            arguments.add(filter.type().name());
        }
        if (filter.status() != null) {
            conditions.add("status = ?");
            arguments.add(filter.status().name());
        }
        switch (filter.assignee() == null ? TrackerFilter.Assignee.ANYONE : filter.assignee()) {
            case ME -> {
                conditions.add("assignee_id = ?");
                arguments.add(me);
            }
            case UNASSIGNED -> conditions.add("assignee_id is null");
            case PERSON -> {
                conditions.add("assignee_id = ?");
                arguments.add(filter.assigneeId());
            }
            case ANYONE -> {
            }
        }
        if (filter.learnerId() != null) {
            conditions.add("learner_id = ?");
            arguments.add(filter.learnerId());
        }
        if (filter.raisedFrom() != null) {
            conditions.add("raised_at >= ?");
            arguments.add(startOf(filter.raisedFrom()));
        }
        if (filter.raisedTo() != null) {
            conditions.add("raised_at < ?");
            arguments.add(startOf(filter.raisedTo().plusDays(1)));
        }
        if (filter.openOnly()) {
            conditions.add("status in " + OPEN);
        }
        if (filter.source() != null) {
            conditions.add("source = ?");
            arguments.add(filter.source());
        }
        if (filter.overdueOnly()) {
            conditions.add("status in " + OPEN + " and due_on < ?");
            arguments.add(today);
        }
        return new Where(" where " + String.join(" and ", conditions), arguments);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(UK).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    static boolean overdue(TrackerStatus status, LocalDate dueOn, LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(UK));
    }
}
