package app.waymark.restart;

import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The monitoring list's SQL, newest raised first. Assignee names are added by the caller. */
@Component
class MonitoringQueries {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;

    MonitoringQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, List<Object> arguments) {
    }

    /** {@code overdueBefore}: a New tracker whose activity was marked Not complete before this is overdue. */
    List<MonitoringSummary> page(MonitoringFilter filter, UUID me, Instant overdueBefore, int offset, int limit) {
        Where where = where(filter, me, overdueBefore);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(limit);
        arguments.add(offset);
        RowMapper<MonitoringSummary> mapper = (rs, row) -> {
            Instant notCompleteAt = rs.getTimestamp("not_complete_at").toInstant();
            MonitoringStatus status = MonitoringStatus.valueOf(rs.getString("status"));
            return new MonitoringSummary(rs.getObject("id", UUID.class), "M-" + rs.getLong("number"),
                    rs.getObject("participant_id", UUID.class),
                    rs.getString("given_names") + " " + rs.getString("family_name"),
                    "P-" + rs.getLong("participant_number"), rs.getObject("activity_id", UUID.class),
                    rs.getString("title"), rs.getObject("due_on", LocalDate.class), status,
                    rs.getObject("assignee_id", UUID.class), null, rs.getTimestamp("created_at").toInstant(),
                    notCompleteAt, status == MonitoringStatus.NEW && notCompleteAt.isBefore(overdueBefore));
        };
        return jdbc.query(select() + where.sql() + " order by t.created_at desc, t.id desc limit ? offset ?",
                mapper, arguments.toArray());
    }

    long count(MonitoringFilter filter, UUID me, Instant overdueBefore) {
        Where where = where(filter, me, overdueBefore);
        Long count = jdbc.queryForObject("select count(*)" + from() + where.sql(), Long.class,
                where.arguments().toArray());
        return count == null ? 0 : count;
    }

    private static String select() {
        return """
                select t.id, t.number, t.participant_id, p.given_names, p.family_name, p.number as participant_number,
                    t.activity_id, a.title, a.due_on, t.status, t.assignee_id, t.created_at, t.not_complete_at"""
                + from();
    }

    private static String from() {
        return """
                 from restart_monitoring_tracker t
                join restart_participant p on p.tenant_id = t.tenant_id and p.id = t.participant_id
                join restart_activity a on a.tenant_id = t.tenant_id and a.id = t.activity_id""";
    }

    private static Where where(MonitoringFilter filter, UUID me, Instant overdueBefore) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        conditions.add("t.tenant_id = ?");
        arguments.add(CurrentTenant.idOrNone());
        if (filter.status() != null) {
            conditions.add("t.status = ?");
            arguments.add(filter.status().name());
        }
        switch (filter.assignee() == null ? MonitoringFilter.Assignee.ANYONE : filter.assignee()) {
            case ME -> {
                conditions.add("t.assignee_id = ?");
                arguments.add(me);
            }
            case UNASSIGNED -> conditions.add("t.assignee_id is null");
            case PERSON -> {
                conditions.add("t.assignee_id = ?");
                arguments.add(filter.assigneeId());
            }
            case ANYONE -> {
            }
        }
        if (filter.participantId() != null) {
            conditions.add("t.participant_id = ?");
            arguments.add(filter.participantId());
        }
        if (filter.raisedFrom() != null) {
            conditions.add("t.created_at >= ?");
            arguments.add(Timestamp.from(filter.raisedFrom().atStartOfDay(UK).toInstant()));
        }
        if (filter.raisedTo() != null) {
            conditions.add("t.created_at < ?");
            arguments.add(Timestamp.from(filter.raisedTo().plusDays(1).atStartOfDay(UK).toInstant()));
        }
        if (filter.overdueOnly()) {
            conditions.add("t.status = 'NEW' and t.not_complete_at < ?");
            arguments.add(Timestamp.from(overdueBefore));
        }
        if (filter.keyword() != null && !filter.keyword().isBlank() && !namesTheType(filter.keyword())) {
            String keyword = filter.keyword().strip().toLowerCase(Locale.ROOT);
            String like = "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add("(lower(p.given_names || ' ' || p.family_name) like ? escape '\\'"
                    + " or lower(a.title) like ? escape '\\' or ('m-' || t.number) = ? or ('p-' || p.number) = ?)");
            arguments.add(like);
            arguments.add(like);
            arguments.add(keyword);
            arguments.add(keyword);
        }
        return new Where(" where " + String.join(" and ", conditions), arguments);
    }

    /** A keyword that is the type's name ("Monitoring") finds every tracker here: they are all of that type. */
    private static boolean namesTheType(String keyword) {
        return RestartTrackerType.MONITORING.label().equalsIgnoreCase(keyword.strip());
    }
}
