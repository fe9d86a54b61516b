package app.waymark.destination;

import app.waymark.base.security.Permission;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of the destinations dashboard for the current provider (row security scopes every query). Surveys and
 * outcomes count over a period (by default the last 12 months, this month included); learners overdue and flagged
 * records are work to do, so they count whenever they arose.
 */
@Service
@PreAuthorize("hasRole('" + Permission.REPORTS_VIEW + "')")
public class DestinationDashboard {

    static final ZoneId UK = ZoneId.of("Europe/London");
    /** Outcome types that count as a positive destination: everything but NPE and OTH. */
    public static final Set<String> POSITIVE = Set.of("EMP", "EDU", "VOL", "GAP", "SDE");
    /** The order types are shown in: positive first. */
    public static final List<String> TYPES = List.of("EMP", "EDU", "VOL", "GAP", "SDE", "NPE", "OTH");

    /** Surveys sent and answered in one calendar month (each by its own date). */
    public record MonthFigures(YearMonth month, int sent, int answered) {
    }

    /**
     * @param sent           surveys sent in the period
     * @param answered       of those, answered
     * @param waiting        of those, still waiting for an answer
     * @param noResponse     of those, closed without an answer
     * @param unsubscribed   of those, where the learner unsubscribed
     * @param notContactable learners found not contactable in the period (OTH-3 collected then)
     * @param outcomes       outcome records collected in the period, by type in {@link #TYPES} order
     * @param overdue        learners who left more than two months ago with no destination from their leaving date
     * @param flagged        outcome records flagged for review
     */
    public record Figures(LocalDate from, LocalDate to, int sent, int answered, int waiting, int noResponse,
                          int unsubscribed, int notContactable, Map<String, Integer> outcomes, int overdue,
                          int flagged, List<MonthFigures> months) {

        public int outcomeTotal() {
            return outcomes.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int positive() {
            return outcomes.entrySet().stream().filter(e -> POSITIVE.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
        }

        /** Whole percent answered of sent; null when nothing was sent. */
        public Integer responseRatePercent() {
            return percent(answered, sent);
        }

        /** Whole percent of outcome records that are positive; null when there are none. */
        public Integer positivePercent() {
            return percent(positive(), outcomeTotal());
        }

        private static Integer percent(int part, int whole) {
            return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DestinationDashboard(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** The last 12 months, this month included. */
    @Transactional(readOnly = true)
    public Figures lastTwelveMonths() {
        LocalDate today = today();
        return figures(YearMonth.from(today).minusMonths(11).atDay(1), today);
    }

    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to) {
        LocalDate today = today();
        Map<String, Object> surveys = jdbc.queryForMap("""
                select count(*) as sent,
                       count(*) filter (where status = 'ANSWERED') as answered,
                       count(*) filter (where status = 'SENT') as waiting,
                       count(*) filter (where status = 'NO_RESPONSE') as no_response,
                       count(*) filter (where status = 'UNSUBSCRIBED') as unsubscribed
                from survey_invitation
                where (sent_at at time zone 'Europe/London')::date between ? and ?""", from, to);
        int notContactable = count("""
                select count(*) from destination_record
                where flag = 'NOT_CONTACTABLE' and collection_date between ? and ?""", from, to);
        Map<String, Integer> byType = new HashMap<>();
        jdbc.query("""
                select out_type, count(*) as n from destination_record
                where collection_date between ? and ? group by out_type""",
                rs -> {
                    byType.put(rs.getString("out_type"), rs.getInt("n"));
                }, from, to);
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        TYPES.forEach(type -> outcomes.put(type, byType.getOrDefault(type, 0)));
        int overdue = count("""
                select count(*) from destination_report_line
                where awaiting_destination and leaving_date < ?""",
                today.minusMonths(2));
        int flagged = count("select count(*) from destination_record where flag is not null");
        return new Figures(from, to, number(surveys, "sent"), number(surveys, "answered"),
                number(surveys, "waiting"), number(surveys, "no_response"), number(surveys, "unsubscribed"),
                notContactable, outcomes, overdue, flagged, months(YearMonth.from(today)));
    }

    /** Surveys sent (by sending date) and answered (by answering date) in each of the 12 months up to this one. */
    private List<MonthFigures> months(YearMonth current) {
        YearMonth first = current.minusMonths(11);
        Map<String, Integer> sent = perMonth("sent_at", first, current);
        Map<String, Integer> answered = perMonth("answered_at", first, current);
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            months.add(new MonthFigures(month, sent.getOrDefault(month.toString(), 0),
                    answered.getOrDefault(month.toString(), 0)));
        }
        return months;
    }

    private Map<String, Integer> perMonth(String column, YearMonth first, YearMonth last) {
        Map<String, Integer> counts = new HashMap<>();
        // column is one of two constants above, never input
        jdbc.query("select to_char(" + column + " at time zone 'Europe/London', 'YYYY-MM') as month, count(*) as n"
                        + " from survey_invitation where (" + column + " at time zone 'Europe/London')::date"
                        + " between ? and ? group by 1",
                rs -> {
                    counts.put(rs.getString("month"), rs.getInt("n"));
                }, first.atDay(1), last.atEndOfMonth());
        return counts;
    }

    private int count(String sql, Object... parameters) {
        Integer n = jdbc.queryForObject(sql, Integer.class, parameters);
        return n == null ? 0 : n;
    }

    private static int number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).intValue();
    }
}
