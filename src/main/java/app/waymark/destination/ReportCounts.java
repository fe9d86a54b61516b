package app.waymark.destination;

import app.waymark.destination.DestinationReport.CollectedCounts;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.FlagReview;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.OverdueRule;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportStatus;
import app.waymark.destination.DestinationReport.SentCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Counts of the report's lines read from {@code destination_line_count} (release 0035, docs/decisions/0061), kept by
 * triggers as the lines change: the sum of a measure's rows over a range of UK days, a few hundred rows where
 * counting the lines would read up to a million. {@link #count} answers a report filter on one condition (a status,
 * a funding model, flags or an outcome, with a date range on its own date); any other filter is counted from the lines
 * by {@link ReportQueries}. The measure names are those of {@code destination_line_measures} in the release.
 */
@Component
class ReportCounts {

    private static final String NO_SURVEY = "NONE";

    private final JdbcTemplate jdbc;

    ReportCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter's number of learners, when the counts can tell it; empty when the lines must be counted. */
    Optional<Long> count(ReportFilter filter, OverdueRule rule) {
        boolean flags = filter.flaggedOnly() || filter.review() != null;
        long conditions = Stream.of(filter.status() != null, filter.fundModel() != null, flags,
                filter.outcome() != null).filter(Boolean::booleanValue).count();
        if (conditions > 1) {
            return Optional.empty();
        }
        boolean dated = filter.from() != null || filter.to() != null;
        DateBasis basis = filter.basisOrDefault();
        if (basis == DateBasis.COLLECTED && (dated || filter.outcome() != null)) {
            return collectedCount(filter);
        }
        if (dated) {
            return surveyCount(filter);
        }
        if (filter.status() != null) {
            return Optional.of(switch (filter.status()) {
                case NOT_CONTACTABLE -> sum("not_contactable");
                case OVERDUE -> sum(List.of("awaiting"), rule.trackedFrom(), rule.dueCutoff().minusDays(1));
                default -> sum("status:" + filter.status().survey().name());
            });
        }
        if (filter.fundModel() != null) {
            return Optional.of(sum("fund_model:" + filter.fundModel()));
        }
        if (filter.review() == FlagReview.UNREVIEWED) {
            return Optional.of(sum("unreviewed"));
        }
        if (filter.review() == FlagReview.REVIEWED) {
            return Optional.of(sum("flagged") - sum("unreviewed"));
        }
        if (filter.flaggedOnly()) {
            return Optional.of(sum("flagged"));
        }
        if (filter.outcome() != null) {
            return Optional.of(sum(List.of(collectedMeasure(filter.outcome())), null, null));
        }
        return Optional.of(sum("lines"));
    }

    /** The survey figures: learners whose current survey was sent from {@code from} to {@code to}, by its status. */
    SentCounts sent(LocalDate from, LocalDate to) {
        Map<String, Long> sums = sums(surveyMeasures("sent:"), from, to);
        return new SentCounts(Math.toIntExact(sums.values().stream().mapToLong(Long::longValue).sum()),
                sentWith(sums, SurveyStatus.ANSWERED), sentWith(sums, SurveyStatus.SENT),
                sentWith(sums, SurveyStatus.NO_RESPONSE), sentWith(sums, SurveyStatus.UNSUBSCRIBED));
    }

    /** Learners with a record of each outcome filter's types collected in the period, and those not contactable. */
    CollectedCounts collected(LocalDate from, LocalDate to) {
        Map<OutcomeFilter, Integer> outcomes = new EnumMap<>(OutcomeFilter.class);
        Map<String, Long> sums = sums(Arrays.stream(OutcomeFilter.values()).map(ReportCounts::collectedMeasure)
                .toList(), from, to);
        CollectedLater later = collectedLater(from, to);
        for (OutcomeFilter outcome : OutcomeFilter.values()) {
            outcomes.put(outcome, Math.toIntExact(sums.getOrDefault(collectedMeasure(outcome), 0L)
                    + later.of(outcome)));
        }
        return new CollectedCounts(outcomes, Math.toIntExact(sum(List.of("not_contactable_collected"), from, to)
                + later.notContactable()));
    }

    /**
     * Learners whose current survey was sent ({@link DateBasis#SENT}) or answered ({@link DateBasis#RESPONDED}) in
     * each month from {@code first} to {@code last}; answered counts only surveys whose status is answered.
     */
    Map<YearMonth, Integer> perMonth(DateBasis basis, YearMonth first, YearMonth last) {
        List<String> measures = basis == DateBasis.RESPONDED
                ? List.of("answered:" + SurveyStatus.ANSWERED.name()) : surveyMeasures("sent:");
        Map<YearMonth, Integer> months = new HashMap<>();
        jdbc.query("select date_trunc('month', c.day)::date as month, sum(c.n) as n from destination_line_count c"
                        + where(measures) + " and c.day >= ? and c.day <= ? group by 1",
                rs -> {
                    months.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getInt("n"));
                }, Date.valueOf(first.atDay(1)), Date.valueOf(last.atEndOfMonth()));
        months.values().removeIf(n -> n == 0);
        return months;
    }

    /**
     * Folds the current provider's rows into one per measure and day. Rows appended meanwhile by other transactions
     * stay as they are; a count is the same before and after.
     */
    int fold() {
        Integer before = jdbc.queryForObject("select count(*) from destination_line_count c where "
                + ReportQueries.tenantCondition("c"), Integer.class);
        jdbc.update("with folded as (delete from destination_line_count c where " + ReportQueries.tenantCondition("c")
                + " returning c.tenant_id, c.measure, c.day, c.n)"
                + " insert into destination_line_count (tenant_id, measure, day, n)"
                + " select tenant_id, measure, day, sum(n) from folded group by 1, 2, 3 having sum(n) <> 0");
        return before == null ? 0 : before;
    }

    private Optional<Long> surveyCount(ReportFilter filter) {
        if (filter.fundModel() != null || filter.flaggedOnly() || filter.review() != null
                || filter.outcome() != null) {
            return Optional.empty();
        }
        String prefix = filter.basisOrDefault() == DateBasis.RESPONDED ? "answered:" : "sent:";
        if (filter.status() == null) {
            return Optional.of(sum(surveyMeasures(prefix), filter.from(), filter.to()));
        }
        if (filter.status().survey() == null) {
            return Optional.empty();
        }
        return Optional.of(sum(List.of(prefix + filter.status().survey().name()), filter.from(), filter.to()));
    }

    private Optional<Long> collectedCount(ReportFilter filter) {
        if (filter.status() == null && filter.fundModel() == null && !filter.flaggedOnly()
                && filter.review() == null) {
            OutcomeFilter outcome = filter.outcome() == null ? OutcomeFilter.ANY : filter.outcome();
            return Optional.of(sum(List.of(collectedMeasure(outcome)), filter.from(), filter.to())
                    + collectedLater(filter.from(), filter.to()).of(outcome));
        }
        if (filter.status() == ReportStatus.NOT_CONTACTABLE && filter.outcome() == null) {
            return Optional.of(sum(List.of("not_contactable_collected"), filter.from(), filter.to())
                    + collectedLater(filter.from(), filter.to()).notContactable());
        }
        return Optional.empty();
    }

    /**
     * Learners with a record collected later than the period, and not only then: a measure's day is the line's latest
     * collection of the outcome's types, so a learner whose latest is after {@code to} but who also has such a record
     * in the period is not in its sum. They are counted here, for every outcome filter and for "not contactable", in
     * one pass over the lines collected after {@code to} (none when the period runs to today) and their records in the
     * period.
     */
    private CollectedLater collectedLater(LocalDate from, LocalDate to) {
        if (to == null) {
            return new CollectedLater(Map.of(), 0);
        }
        List<OutcomeType> types = OutcomeFilter.ANY.types();
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) filter (where d.not_contactable) as not_contactable");
        for (OutcomeFilter outcome : OutcomeFilter.values()) {
            int bits = outcome.types().stream().mapToInt(t -> 1 << types.indexOf(t)).sum();
            sql.append(", count(*) filter (where d.types & ").append(bits).append(" <> 0 and ")
                    .append(latestCollection(outcome)).append(" > ?) as ").append(outcome.name().toLowerCase());
            parameters.add(Date.valueOf(to));
        }
        sql.append(" from (select d.learner_id, d.not_contactable, d.collected_last, ")
                .append(types.stream().map(t -> "d.collected_" + t.name().toLowerCase())
                        .collect(Collectors.joining(", ")))
                .append(", bit_or(case r.out_type ");
        for (int i = 0; i < types.size(); i++) {
            sql.append("when '").append(types.get(i).name()).append("' then ").append(1 << i).append(" ");
        }
        sql.append("else 0 end) as types from destination_report_line d join destination_record r")
                .append(" on r.tenant_id = d.tenant_id and r.learner_id = d.learner_id where ")
                .append(ReportQueries.tenantCondition("d")).append(" and d.collected_last > ? and ")
                .append(ReportQueries.tenantCondition("r")).append(" and ").append(ReportQueries.COUNTS);
        parameters.add(Date.valueOf(to));
        if (from != null) {
            sql.append(" and r.collection_date >= ?");
            parameters.add(Date.valueOf(from));
        }
        sql.append(" and r.collection_date <= ? group by d.learner_id) d");
        parameters.add(Date.valueOf(to));
        return jdbc.queryForObject(sql.toString(), (rs, row) -> {
            Map<OutcomeFilter, Long> outcomes = new EnumMap<>(OutcomeFilter.class);
            for (OutcomeFilter outcome : OutcomeFilter.values()) {
                outcomes.put(outcome, rs.getLong(outcome.name().toLowerCase()));
            }
            return new CollectedLater(outcomes, rs.getLong("not_contactable"));
        }, parameters.toArray());
    }

    /** What {@link #collectedLater} adds to each outcome filter's sum, and to "not contactable". */
    private record CollectedLater(Map<OutcomeFilter, Long> outcomes, long notContactable) {

        long of(OutcomeFilter outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }
    }

    /** The line's latest collection date of a record of the outcome's types (release 0030's columns). */
    private static String latestCollection(OutcomeFilter outcome) {
        if (outcome == OutcomeFilter.ANY) {
            return "d.collected_last";
        }
        return outcome.types().size() == 1 ? "d.collected_" + outcome.name().toLowerCase()
                : outcome.types().stream().map(t -> "d.collected_" + t.name().toLowerCase())
                        .collect(Collectors.joining(", ", "greatest(", ")"));
    }

    private static String collectedMeasure(OutcomeFilter outcome) {
        return "collected:" + outcome.name();
    }

    private static List<String> surveyMeasures(String prefix) {
        return Stream.concat(Arrays.stream(SurveyStatus.values()).map(Enum::name), Stream.of(NO_SURVEY))
                .map(status -> prefix + status).toList();
    }

    private static int sentWith(Map<String, Long> sums, SurveyStatus status) {
        return Math.toIntExact(sums.getOrDefault("sent:" + status.name(), 0L));
    }

    /** An undated measure. */
    private long sum(String measure) {
        Long n = jdbc.queryForObject("select coalesce(sum(c.n), 0) from destination_line_count c"
                + where(List.of(measure)) + " and c.day is null", Long.class);
        return n == null ? 0 : n;
    }

    /** The measures' rows from {@code from} to {@code to} (inclusive; null: open), all together. */
    private long sum(List<String> measures, LocalDate from, LocalDate to) {
        return sums(measures, from, to).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<String, Long> sums(List<String> measures, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("select c.measure, sum(c.n) as n from destination_line_count c")
                .append(where(measures)).append(" and c.day is not null");
        List<Object> parameters = new ArrayList<>();
        if (from != null) {
            sql.append(" and c.day >= ?");
            parameters.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" and c.day <= ?");
            parameters.add(Date.valueOf(to));
        }
        Map<String, Long> sums = new HashMap<>();
        jdbc.query(sql.append(" group by c.measure").toString(),
                rs -> {
                    sums.put(rs.getString("measure"), rs.getLong("n"));
                }, parameters.toArray());
        return sums;
    }

    /**
     * The provider named in the text (as the report does, decision 0014) and the measures as literals: both come from
     * this class, never from input.
     */
    private static String where(List<String> measures) {
        return " where " + ReportQueries.tenantCondition("c") + " and c.measure in ("
                + measures.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", ")) + ")";
    }
}
