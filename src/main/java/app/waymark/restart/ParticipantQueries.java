package app.waymark.restart;

import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The participant list's SQL: the signed-in work coach's own caseload first, then by name. */
@Component
class ParticipantQueries {

    private static final RowMapper<ParticipantSummary> SUMMARY = (rs, row) -> new ParticipantSummary(
            rs.getObject("id", UUID.class), "P-" + rs.getLong("number"),
            rs.getString("given_names") + " " + rs.getString("family_name"),
            rs.getString("national_insurance_number"), Benefit.valueOf(rs.getString("benefit")),
            rs.getObject("referral_date", LocalDate.class), rs.getObject("work_coach_id", UUID.class),
            null, rs.getBoolean("activity_mandatory"),
            SanctionStatus.valueOf(rs.getString("sanction_status")));

    private final JdbcTemplate jdbc;

    ParticipantQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, List<Object> arguments) {
    }

    /** One page; the work coach's names are the caller's to add (they are the security module's). */
    List<ParticipantSummary> page(ParticipantFilter filter, UUID me, int offset, int limit) {
        Where where = where(filter, me);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(me);
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query("""
                select p.id, p.number, p.given_names, p.family_name, p.national_insurance_number, p.benefit,
                    p.referral_date, p.work_coach_id, p.activity_mandatory, p.sanction_status
                from restart_participant p""" + where.sql()
                        + " order by (p.work_coach_id is not distinct from ?::uuid) desc, lower(p.family_name),"
                        + " lower(p.given_names), p.id limit ? offset ?",
                SUMMARY, arguments.toArray());
    }

    long count(ParticipantFilter filter, UUID me) {
        Where where = where(filter, me);
        Long count = jdbc.queryForObject("select count(*) from restart_participant p" + where.sql(), Long.class,
                where.arguments().toArray());
        return count == null ? 0 : count;
    }

    private static Where where(ParticipantFilter filter, UUID me) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        conditions.add("p.tenant_id = ?");
        arguments.add(CurrentTenant.idOrNone());
        if (filter.mineOnly()) {
            conditions.add("p.work_coach_id = ?");
            arguments.add(me);
        }
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            String keyword = filter.keyword().strip().toLowerCase(Locale.ROOT);
            conditions.add("(lower(p.given_names || ' ' || p.family_name) like ? escape '\\'"
                    + " or lower(p.national_insurance_number) = ? or ('p-' || p.number) = ?)");
            arguments.add("%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            arguments.add(keyword.replace(" ", ""));
            arguments.add(keyword);
        }
        return new Where(" where " + String.join(" and ", conditions), arguments);
    }
}
