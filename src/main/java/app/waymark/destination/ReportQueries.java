package app.waymark.destination;

import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.FlagReview;
import app.waymark.destination.DestinationReport.IlrRecord;
import app.waymark.destination.DestinationReport.IlrSummary;
import app.waymark.destination.DestinationReport.LearnerRecord;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.OverdueRule;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportRow;
import app.waymark.learner.LearnerViews;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static app.waymark.destination.DestinationReport.LONDON;

/**
 * The SQL of the destination report and the dashboard's figures ({@link DestinationReport}). Filters and counts read
 * {@code destination_report_line} alone (decision 0014), name the provider in their text so the planner weighs its
 * real size, and are planned for their own values (decision 0049): the text was tuned against the report benchmark,
 * so change it only with a new measurement.
 */
@Component
class ReportQueries {

    /** Learner data is read through the view the learner module publishes, never its table (decision 0054). */
    private static final String LEARNER = LearnerViews.PROFILE.viewName();

    private static final String ROW_COLUMNS = """
            select l.id, l.learn_ref_number, l.uln, l.given_names, l.family_name, d.leaving_date,
                   d.sent_at, d.survey_status, d.answered_at, d.outcomes, d.flags, d.unreviewed_flag,
            """;

    /** The learner's own columns, looked up by primary key for each line (never a scan of the tenant's learners). */
    private static final String LEARNER_COLUMNS = " cross join lateral (select l.id, l.learn_ref_number, l.uln,"
            + " l.given_names, l.family_name from " + LEARNER + " l where l.id = d.learner_id) l";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1_000);
    }

    List<ReportRow> find(ReportFilter filter, int page, int pageSize, Supplier<OverdueRule> rule) {
        planForTheseValues();
        Where where = where(filter, List.of(), false, rule);
        Where overdue = overdue(rule);
        List<Object> parameters = new ArrayList<>(overdue.parameters);
        parameters.addAll(where.parameters);
        parameters.add(pageSize);
        parameters.add((long) page * pageSize);
        return jdbc.query(ROW_COLUMNS + "(" + overdue.sql + ") as overdue from (select d.*" + where.sql
                        + " order by d.leaving_date desc, d.learner_id desc limit ? offset ?) d" + LEARNER_COLUMNS
                        + " order by d.leaving_date desc, d.learner_id desc",
                ReportQueries::row, parameters.toArray());
    }

    long count(ReportFilter filter, Supplier<OverdueRule> rule) {
        planForTheseValues();
        Where where = where(filter, List.of(), false, rule);
        Long count = jdbc.queryForObject("select count(*)" + where.sql, Long.class, where.parameters.toArray());
        return count == null ? 0 : count;
    }

    /** Every row of the filter (restricted to {@code learnerIds} unless empty), streamed in report order. */
    void forEach(ReportFilter filter, Collection<UUID> learnerIds, Consumer<ReportRow> consumer,
                 Supplier<OverdueRule> rule) {
        Where where = where(filter, learnerIds, rule);
        Where overdue = overdue(rule);
        List<Object> parameters = new ArrayList<>(overdue.parameters);
        parameters.addAll(where.parameters);
        streaming.query(ROW_COLUMNS + "(" + overdue.sql + ") as overdue" + where.sql
                        + " order by d.leaving_date desc, d.learner_id desc",
                (ResultSet rs) -> consumer.accept(row(rs, 0)), parameters.toArray());
    }

    /**
     * The destination records (survey, automatic OTH-3, manual) of one learner that count, newest first: a superseded
     * OTH-3 is only in the learner's own history.
     */
    List<LearnerRecord> records(UUID learnerId) {
        return jdbc.query(RECORDS + " and l.id = ? order by r.start_date desc, r.out_type", RECORD, learnerId);
    }

    /**
     * The filter's learners' destination records (restricted to {@code learnerIds} unless empty) that are in the ILR
     * 2023-24 file ({@code inFile}) or left out of it, in learner order, each with the learner's leaving date and
     * why it is left out.
     */
    void forEachIlrRecord(ReportFilter filter, Collection<UUID> learnerIds, boolean inFile,
                          Consumer<IlrRecord> consumer, Supplier<OverdueRule> rule) {
        Where where = where(filter, learnerIds, false, rule);
        streaming.query("select * from (" + ILR_RECORDS + " and l.id in (select d.learner_id" + where.sql + ")) r"
                        + " where r.ilr_exclusion is " + (inFile ? "null" : "not null")
                        + " order by r.learn_ref_number, r.learner_id, r.start_date, r.out_type",
                (ResultSet rs) -> consumer.accept(new IlrRecord(RECORD.mapRow(rs, 0),
                        rs.getObject("leaving_date", LocalDate.class), exclusion(rs.getString("ilr_exclusion")))),
                where.parameters.toArray());
    }

    /** How many of the filter's learners' records (and learners) are in the ILR 2023-24 file, and how many not. */
    IlrSummary ilrSummary(ReportFilter filter, Collection<UUID> learnerIds, Supplier<OverdueRule> rule) {
        planForTheseValues();
        Where where = where(filter, learnerIds, false, rule);
        return jdbc.queryForObject("""
                        select count(*) filter (where ilr_exclusion is null) as records,
                               count(distinct learner_id) filter (where ilr_exclusion is null) as learners,
                               count(*) filter (where ilr_exclusion = 'LEFT_AFTER_2023_24') as left_records,
                               count(distinct learner_id) filter (where ilr_exclusion = 'LEFT_AFTER_2023_24')
                                   as left_learners,
                               count(*) filter (where ilr_exclusion = 'COLLECTED_AFTER_CLOSE') as late_records,
                               count(distinct learner_id) filter (where ilr_exclusion = 'COLLECTED_AFTER_CLOSE')
                                   as late_learners
                        from (""" + ILR_RECORDS + " and l.id in (select d.learner_id" + where.sql + ")) r",
                (rs, row) -> new IlrSummary(rs.getLong("records"), rs.getLong("learners"),
                        rs.getLong("left_records"), rs.getLong("left_learners"), rs.getLong("late_records"),
                        rs.getLong("late_learners")),
                where.parameters.toArray());
    }

    private static IlrExclusion exclusion(String name) {
        return name == null ? null : IlrExclusion.valueOf(name);
    }

    private static final String RECORDS = """
            select l.id as learner_id, l.learn_ref_number, l.uln, r.out_type, r.out_code, r.start_date, r.end_date,
                   r.collection_date, r.answered_start_date, r.source, r.flag, r.flag_reason
            from destination_record r join %s l on l.id = r.learner_id
            where r.superseded_at is null""".formatted(LEARNER);

    /** The records with their learner's leaving date and why each is not in the ILR 2023-24 file (null if it is). */
    private static final String ILR_RECORDS = """
            select l.id as learner_id, l.learn_ref_number, l.uln, r.out_type, r.out_code, r.start_date, r.end_date,
                   r.collection_date, r.answered_start_date, r.source, r.flag, r.flag_reason, l.leaving_date,
                   case when l.leaving_date > date '%s' then 'LEFT_AFTER_2023_24'
                        when r.collection_date > date '%s' then 'COLLECTED_AFTER_CLOSE' end as ilr_exclusion
            from destination_record r join %s l on l.id = r.learner_id
            where r.superseded_at is null""".formatted(
            IlrExclusion.LEFT_AFTER_2023_24.after(), IlrExclusion.COLLECTED_AFTER_CLOSE.after(), LEARNER);

    private static final RowMapper<LearnerRecord> RECORD = (rs, row) -> new LearnerRecord(
            rs.getObject("learner_id", UUID.class), rs.getString("learn_ref_number"), rs.getString("uln"),
            new Outcome(OutcomeType.fromDatabase(rs.getString("out_type")), rs.getInt("out_code"),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class), rs.getObject("collection_date", LocalDate.class),
                    rs.getObject("answered_start_date", LocalDate.class)),
            RecordSource.fromDatabase(rs.getString("source")), RecordFlag.fromDatabase(rs.getString("flag")),
            rs.getString("flag_reason"));

    /**
     * The report's statements run many times with different dates and filters; after five runs pgjdbc prepares them
     * on the server, and PostgreSQL may then reuse one generic plan that guesses at every value (a year of records
     * taken for a few rows: a hash join became index probes, 36 ms became 136 ms at one fifth of full size). Within
     * this transaction, plan each statement for its own values.
     */
    private void planForTheseValues() {
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
    }

    /**
     * Overdue, the funder's rule (docs/decisions/0043), for the report's OVERDUE filter and each row alike: the line
     * awaits a destination the funder required (the refresh keeps that flag: scope, year, no destination starting
     * after the leaving date), two months have passed since leaving, and the learner left on or after the provider's
     * back-population date (before it the portal never tracked them).
     */
    private static Where overdue(Supplier<OverdueRule> rules) {
        OverdueRule rule = rules.get();
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(rule.dueCutoff()));
        LocalDate trackedFrom = rule.trackedFrom();
        if (trackedFrom == null) {
            return new Where("d.awaiting_destination and d.leaving_date < ?::date", parameters);
        }
        parameters.add(Date.valueOf(trackedFrom));
        return new Where("d.awaiting_destination and d.leaving_date < ?::date and d.leaving_date >= ?::date",
                parameters);
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private Where where(ReportFilter filter, Collection<UUID> learnerIds, Supplier<OverdueRule> rule) {
        return where(filter, learnerIds, true, rule);
    }

    /**
     * The report reads {@code destination_report_line}, one line per learner who has left, kept by triggers
     * (docs/decisions/0014); the learner's own columns are joined only for rows shown.
     */
    private Where where(ReportFilter filter, Collection<UUID> learnerIds, boolean withLearner,
                        Supplier<OverdueRule> rule) {
        StringBuilder sql = new StringBuilder(" from destination_report_line d");
        if (withLearner) {
            sql.append(LEARNER_COLUMNS);
        }
        sql.append(" where ").append(tenantCondition("d"));
        List<Object> parameters = new ArrayList<>();
        if (!learnerIds.isEmpty()) {
            sql.append(" and d.learner_id = any(?::uuid[])");
            parameters.add(arrayLiteral(learnerIds));
        }
        if (filter.status() != null) {
            switch (filter.status()) {
                case SENT, RESPONDED, NO_RESPONSE, UNSUBSCRIBED ->
                        sql.append(" and d.survey_status = '").append(filter.status().survey().name()).append("'");
                case NOT_CONTACTABLE -> sql.append(" and d.not_contactable");
                case OVERDUE -> {
                    Where overdue = overdue(rule);
                    sql.append(" and ").append(overdue.sql);
                    parameters.addAll(overdue.parameters);
                }
            }
        }
        if (filter.basisOrDefault() == DateBasis.COLLECTED) {
            if (filter.outcome() != null || filter.from() != null || filter.to() != null) {
                appendOutcomeRecords(sql, parameters, filter.outcome(), filter.from(), filter.to());
            }
        } else {
            appendRange(sql, parameters, filter.basis() == DateBasis.RESPONDED ? "d.answered_at" : "d.sent_at",
                    filter.from() == null ? null : filter.from().atStartOfDay(LONDON).toInstant(),
                    filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(LONDON).toInstant());
            if (filter.outcome() != null) {
                appendOutcomeRecords(sql, parameters, filter.outcome(), null, null);
            }
        }
        if (filter.fundModel() != null) {
            sql.append(" and d.fund_models @> array[?]");
            parameters.add(filter.fundModel());
        }
        if (filter.flaggedOnly()) {
            sql.append(" and d.flagged");
        }
        if (filter.review() == FlagReview.UNREVIEWED) {
            sql.append(" and d.unreviewed_flag");
        } else if (filter.review() == FlagReview.REVIEWED) {
            sql.append(" and d.flagged and not d.unreviewed_flag");
        }
        return new Where(sql.toString(), parameters);
    }

    /**
     * Learners with a record of the outcome's types collected from {@code from} to {@code to} (either may be null).
     * Written as {@code in (subquery)} so the planner hashes the records' learners once rather than probing each line.
     */
    private static void appendOutcomeRecords(StringBuilder sql, List<Object> parameters, OutcomeFilter outcome,
                                             LocalDate from, LocalDate to) {
        sql.append(" and d.learner_id in (select r.learner_id from destination_record r where ")
                .append(tenantCondition("r")).append(" and r.superseded_at is null");
        if (outcome != null && outcome != OutcomeFilter.ANY) {
            sql.append(" and r.out_type = any(?::text[])");
            parameters.add(arrayLiteral(outcome.types()));
        }
        appendRange(sql, parameters, "r.collection_date", from, to);
        sql.append(")");
    }

    /**
     * Row security already limits every table to the current provider, but its condition is not known when a query
     * is planned, so the planner assumes an average provider. Naming the provider in the text (a UUID, so nothing to
     * escape; not a parameter, which a reused generic plan would treat as average again) lets it plan for how many
     * rows this provider really has (decision 0014).
     */
    static String tenantCondition(String alias) {
        return alias + ".tenant_id = '" + CurrentTenant.idOrNone() + "'::uuid";
    }

    /** {@code column} from {@code from} (inclusive) to {@code to}: dates inclusive, instants exclusive. */
    private static void appendRange(StringBuilder sql, List<Object> parameters, String column, Object from,
                                    Object to) {
        if (from != null) {
            sql.append(" and ").append(column).append(" >= ?");
            parameters.add(jdbcValue(from));
        }
        if (to != null) {
            sql.append(" and ").append(column).append(to instanceof LocalDate ? " <= ?" : " < ?");
            parameters.add(jdbcValue(to));
        }
    }

    /** A PostgreSQL array literal of UUIDs or type codes, which need no quoting. */
    private static String arrayLiteral(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static Object jdbcValue(Object value) {
        return value instanceof Instant instant ? Timestamp.from(instant) : Date.valueOf((LocalDate) value);
    }

    private static ReportRow row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        Timestamp answered = rs.getTimestamp("answered_at");
        return new ReportRow(rs.getObject("id", UUID.class), rs.getString("learn_ref_number"), rs.getString("uln"),
                rs.getString("given_names"), rs.getString("family_name"),
                rs.getObject("leaving_date", LocalDate.class), sent == null ? null : sent.toInstant(),
                SurveyStatus.fromDatabase(rs.getString("survey_status")),
                answered == null ? null : answered.toInstant(), rs.getString("outcomes"), rs.getString("flags"),
                rs.getBoolean("unreviewed_flag"), rs.getBoolean("overdue"));
    }
}
