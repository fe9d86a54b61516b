package app.waymark.destination;

import app.waymark.base.security.Permission;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The destination report (issue 5): one row per learner who has left, with the survey for their current leaving
 * date and a summary of their outcome records. Rows are under forced row security, so no query here names a tenant.
 * <p>
 * Filters and counts read {@code destination_report_line} alone: triggers keep one line per learner who has left
 * (their survey for the current leaving date, outcomes, flags, funding models and whether a destination since
 * leaving is still awaited), so counting a million records needs no join (docs/decisions/0014).
 */
@Service
@PreAuthorize("hasRole('" + Permission.REPORTS_VIEW + "')")
public class DestinationReport {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Which date the date range applies to: the survey's sending or answering, or an outcome record's collection. */
    public enum DateBasis {
        SENT, RESPONDED, COLLECTED
    }

    /**
     * Learners with an outcome record of one type, of any positive type (everything but NPE and OTH), or of any type.
     * With the {@link DateBasis#COLLECTED} basis the record must have been collected in the date range.
     */
    public enum OutcomeFilter {
        EMP, EDU, VOL, GAP, SDE, NPE, OTH, POSITIVE, ANY;

        /** The outcome types this filter matches. */
        public List<String> types() {
            return switch (this) {
                case POSITIVE -> List.of("EMP", "EDU", "VOL", "GAP", "SDE");
                case ANY -> List.of("EMP", "EDU", "VOL", "GAP", "SDE", "NPE", "OTH");
                default -> List.of(name());
            };
        }

        /** The single outcome types, in the order the dashboard shows them: positive first. */
        public static List<OutcomeFilter> singleTypes() {
            return List.of(EMP, EDU, VOL, GAP, SDE, NPE, OTH);
        }
    }

    /** Report status: the survey's state, or what the records say (not contactable, overdue: decision 0043). */
    public enum ReportStatus {
        SENT, RESPONDED, NO_RESPONSE, UNSUBSCRIBED, NOT_CONTACTABLE, OVERDUE
    }

    /** Whether the flags of a flagged learner have been reviewed: a flag nobody has reviewed yet, or all reviewed. */
    public enum FlagReview {
        UNREVIEWED, REVIEWED
    }

    /**
     * Report parameters; every one may be null (or false) for "any". Dates are UK calendar days, inclusive.
     * {@code review} narrows to flagged learners with a flag still to review, or whose flags were all reviewed.
     */
    public record ReportFilter(LocalDate from, LocalDate to, DateBasis basis, ReportStatus status, Integer fundModel,
                               boolean flaggedOnly, OutcomeFilter outcome, FlagReview review) {

        public static final ReportFilter ALL = new ReportFilter(null, null, DateBasis.SENT, null, null, false);

        public ReportFilter(LocalDate from, LocalDate to, DateBasis basis, ReportStatus status, Integer fundModel,
                            boolean flaggedOnly) {
            this(from, to, basis, status, fundModel, flaggedOnly, null, null);
        }

        public ReportFilter(LocalDate from, LocalDate to, DateBasis basis, ReportStatus status, Integer fundModel,
                            boolean flaggedOnly, OutcomeFilter outcome) {
            this(from, to, basis, status, fundModel, flaggedOnly, outcome, null);
        }

        public ReportFilter withOutcome(OutcomeFilter value) {
            return new ReportFilter(from, to, basis, status, fundModel, flaggedOnly, value, review);
        }

        public ReportFilter withReview(FlagReview value) {
            return new ReportFilter(from, to, basis, status, fundModel, flaggedOnly, outcome, value);
        }

        public DateBasis basisOrDefault() {
            return basis == null ? DateBasis.SENT : basis;
        }
    }

    /**
     * One learner's line. {@code surveyStatus} is the invitation's status (SENT, ANSWERED, NO_RESPONSE, UNSUBSCRIBED)
     * or null when no survey went for this leaving date; {@code outcomes} reads like "EMP-1, EDU-5".
     */
    public record ReportRow(UUID learnerId, String learnRefNumber, String uln, String givenNames, String familyName,
                            LocalDate leavingDate, Instant surveySent, String surveyStatus, Instant answeredAt,
                            String outcomes, String flags, boolean overdue) {

        public String name() {
            return ((givenNames == null ? "" : givenNames) + " " + (familyName == null ? "" : familyName)).trim();
        }

        public boolean flagged() {
            return flags != null && !flags.isEmpty();
        }

        /** The single status shown for the row. */
        public ReportStatus status() {
            if (surveyStatus != null) {
                return switch (surveyStatus) {
                    case "ANSWERED" -> ReportStatus.RESPONDED;
                    case "NO_RESPONSE" -> ReportStatus.NO_RESPONSE;
                    case "UNSUBSCRIBED" -> ReportStatus.UNSUBSCRIBED;
                    default -> ReportStatus.SENT;
                };
            }
            if (flags != null && flags.contains("NOT_CONTACTABLE")) {
                return ReportStatus.NOT_CONTACTABLE;
            }
            return overdue ? ReportStatus.OVERDUE : null;
        }
    }

    /** A learner's destination record, with the learner's ILR keys (for the ILR export). */
    public record LearnerRecord(UUID learnerId, String learnRefNumber, String uln, Outcome outcome, String source,
                                String flag, String flagReason) {
    }

    /** A destination record for the ILR 2023-24 export, and why it is not in the file (null when it is). */
    public record IlrRecord(LearnerRecord record, LocalDate leavingDate, IlrExclusion exclusion) {
    }

    /**
     * How many records (and learners) are in the ILR 2023-24 file, how many of learners who left after 2023-24 are
     * not, and how many collected after the 2023-24 collection closed are not.
     */
    public record IlrSummary(long records, long learners, long leftAfterRecords, long leftAfterLearners,
                             long collectedLateRecords, long collectedLateLearners) {
    }

    private static final String ROW_COLUMNS = """
            select l.id, l.learn_ref_number, l.uln, l.given_names, l.family_name, d.leaving_date,
                   d.sent_at, d.survey_status, d.answered_at, d.outcomes, d.flags,
            """;

    /** The learner's own columns, looked up by primary key for each line (never a scan of the tenant's learners). */
    private static final String LEARNER_COLUMNS = " cross join lateral (select l.id, l.learn_ref_number, l.uln,"
            + " l.given_names, l.family_name from learner l where l.id = d.learner_id) l";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final DestinationSettingsService settings;
    private final Clock clock;

    DestinationReport(JdbcTemplate jdbc, DestinationSettingsService settings, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1_000);
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReportRow> find(ReportFilter filter, int page, int pageSize) {
        planForTheseValues();
        Where where = where(filter, List.of(), false);
        Where overdue = overdue();
        List<Object> parameters = new ArrayList<>(overdue.parameters);
        parameters.addAll(where.parameters);
        parameters.add(pageSize);
        parameters.add((long) page * pageSize);
        return jdbc.query(ROW_COLUMNS + "(" + overdue.sql + ") as overdue from (select d.*" + where.sql
                        + " order by d.leaving_date desc, d.learner_id desc limit ? offset ?) d" + LEARNER_COLUMNS
                        + " order by d.leaving_date desc, d.learner_id desc",
                DestinationReport::row, parameters.toArray());
    }

    @Transactional(readOnly = true)
    public long count(ReportFilter filter) {
        planForTheseValues();
        Where where = where(filter, List.of(), false);
        Long count = jdbc.queryForObject("select count(*)" + where.sql, Long.class, where.parameters.toArray());
        return count == null ? 0 : count;
    }

    /** Every row of the filter (restricted to {@code learnerIds} unless empty), streamed in report order. */
    @Transactional(readOnly = true)
    public void forEach(ReportFilter filter, Collection<UUID> learnerIds, Consumer<ReportRow> consumer) {
        Where where = where(filter, learnerIds);
        Where overdue = overdue();
        List<Object> parameters = new ArrayList<>(overdue.parameters);
        parameters.addAll(where.parameters);
        streaming.query(ROW_COLUMNS + "(" + overdue.sql + ") as overdue" + where.sql
                        + " order by d.leaving_date desc, d.learner_id desc",
                (ResultSet rs) -> consumer.accept(row(rs, 0)), parameters.toArray());
    }

    /**
     * Learners who have left with an outcome record collected from {@code from} to {@code to}, for each single type,
     * any positive type and any type: each figure is what {@link #count} gives for the {@link DateBasis#COLLECTED}
     * filter with that outcome.
     */
    @Transactional(readOnly = true)
    public Map<OutcomeFilter, Integer> learnersByOutcome(LocalDate from, LocalDate to) {
        return collected(from, to).outcomes();
    }

    /**
     * The dashboard's "collected in the period" figures: learners for each outcome filter, and learners not
     * contactable (what {@link #count} gives for {@link ReportStatus#NOT_CONTACTABLE} with the
     * {@link DateBasis#COLLECTED} basis).
     */
    record CollectedCounts(Map<OutcomeFilter, Integer> outcomes, int notContactable) {
    }

    /**
     * One pass over the lines with a record collected in the period, from the latest collection date of each type
     * that the line keeps (release 0030, decision 0049): one bit per outcome type for each learner, then one count per
     * filter over those masks. A line whose latest collection is after {@code to} (a record dated later than the
     * period) is the only one whose records are read.
     */
    @Transactional(readOnly = true)
    CollectedCounts collected(LocalDate from, LocalDate to) {
        planForTheseValues();
        List<String> types = OutcomeFilter.ANY.types();
        String lineBits = IntStream.range(0, types.size())
                .mapToObj(i -> "case when d." + collectedColumn(types.get(i)) + " >= ? then " + (1 << i)
                        + " else 0 end")
                .collect(Collectors.joining(" | "));
        String recordBits = IntStream.range(0, types.size())
                .mapToObj(i -> "when '" + types.get(i) + "' then " + (1 << i)).collect(Collectors.joining(" "));
        String counts = Arrays.stream(OutcomeFilter.values())
                .map(f -> "count(*) filter (where types & " + f.types().stream().mapToInt(t -> 1 << types.indexOf(t))
                        .sum() + " <> 0) as has_" + f.name())
                .collect(Collectors.joining(", "));
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            parameters.add(Date.valueOf(from));
        }
        parameters.addAll(List.of(Date.valueOf(from), Date.valueOf(to), Date.valueOf(to), Date.valueOf(from),
                Date.valueOf(to)));
        Map<String, Object> row = jdbc.queryForMap("select " + counts + ", count(*) filter (where not_contactable)"
                        + " as not_contactable from (select " + lineBits + " as types, d.not_contactable"
                        + " from destination_report_line d where " + tenantCondition("d")
                        + " and d.collected_last >= ? and d.collected_last <= ?"
                        + " union all select bit_or(case r.out_type " + recordBits + " else 0 end),"
                        + " bool_or(d.not_contactable) from destination_report_line d join destination_record r"
                        + " on r.tenant_id = d.tenant_id and r.learner_id = d.learner_id where " + tenantCondition("d")
                        + " and d.collected_last > ? and " + tenantCondition("r") + " and r.superseded_at is null"
                        + " and r.collection_date between ? and ? group by d.learner_id) learners",
                parameters.toArray());
        Map<OutcomeFilter, Integer> learners = new EnumMap<>(OutcomeFilter.class);
        for (OutcomeFilter filter : OutcomeFilter.values()) {
            learners.put(filter, ((Number) row.get("has_" + filter.name().toLowerCase())).intValue());
        }
        return new CollectedCounts(learners, ((Number) row.get("not_contactable")).intValue());
    }

    /**
     * The dashboard's survey figures: learners whose current survey was sent from {@code from} to {@code to}, in all
     * and by the survey's status (what {@link #count} gives for each status with the {@link DateBasis#SENT} basis),
     * in one pass over the sending-date index.
     */
    record SentCounts(int sent, int answered, int waiting, int noResponse, int unsubscribed) {
    }

    @Transactional(readOnly = true)
    SentCounts sent(LocalDate from, LocalDate to) {
        planForTheseValues();
        return jdbc.queryForObject("""
                        select count(*) as sent, count(*) filter (where d.survey_status = 'ANSWERED') as answered,
                               count(*) filter (where d.survey_status = 'SENT') as waiting,
                               count(*) filter (where d.survey_status = 'NO_RESPONSE') as no_response,
                               count(*) filter (where d.survey_status = 'UNSUBSCRIBED') as unsubscribed
                        from destination_report_line d
                        """ + " where " + tenantCondition("d")
                        + " and d.sent_at >= ? and d.sent_at < ?",
                (rs, n) -> new SentCounts(rs.getInt("sent"), rs.getInt("answered"), rs.getInt("waiting"),
                        rs.getInt("no_response"), rs.getInt("unsubscribed")),
                Timestamp.from(from.atStartOfDay(LONDON).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(LONDON).toInstant()));
    }

    /** The line's column holding the latest collection date of a record of this outcome type (release 0030). */
    private static String collectedColumn(String type) {
        return "collected_" + OutcomeFilter.valueOf(type).name().toLowerCase();
    }

    /** Learners whose current survey was sent (or answered) in each month from {@code first} to {@code last}. */
    @Transactional(readOnly = true)
    public Map<YearMonth, Integer> perMonth(DateBasis basis, YearMonth first, YearMonth last) {
        planForTheseValues();
        String column = basis == DateBasis.RESPONDED ? "answered_at" : "sent_at";
        String status = basis == DateBasis.RESPONDED ? " and survey_status = 'ANSWERED'" : "";
        Map<YearMonth, Integer> counts = new HashMap<>();
        jdbc.query("select to_char(" + column + " at time zone 'Europe/London', 'YYYY-MM') as month, count(*) as n"
                        + " from destination_report_line d where " + tenantCondition("d") + " and " + column
                        + " >= ? and " + column + " < ?" + status
                        + " group by 1",
                rs -> {
                    counts.put(YearMonth.parse(rs.getString("month")), rs.getInt("n"));
                }, Timestamp.from(first.atDay(1).atStartOfDay(LONDON).toInstant()),
                Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant()));
        return counts;
    }

    /**
     * The destination records (survey, automatic OTH-3, manual) of one learner that count, newest first: a superseded
     * OTH-3 is only in the learner's own history.
     */
    @Transactional(readOnly = true)
    public List<LearnerRecord> records(UUID learnerId) {
        return jdbc.query(RECORDS + " and l.id = ? order by r.start_date desc, r.out_type", RECORD, learnerId);
    }

    /**
     * The filter's learners' destination records (restricted to {@code learnerIds} unless empty) that are in the ILR
     * 2023-24 file ({@code inFile}) or left out of it, in learner order, each with the learner's leaving date and
     * why it is left out.
     */
    @Transactional(readOnly = true)
    public void forEachIlrRecord(ReportFilter filter, Collection<UUID> learnerIds, boolean inFile,
                                 Consumer<IlrRecord> consumer) {
        Where where = where(filter, learnerIds, false);
        streaming.query("select * from (" + ILR_RECORDS + " and l.id in (select d.learner_id" + where.sql + ")) r"
                        + " where r.ilr_exclusion is " + (inFile ? "null" : "not null")
                        + " order by r.learn_ref_number, r.learner_id, r.start_date, r.out_type",
                (ResultSet rs) -> consumer.accept(new IlrRecord(RECORD.mapRow(rs, 0),
                        rs.getObject("leaving_date", LocalDate.class), exclusion(rs.getString("ilr_exclusion")))),
                where.parameters.toArray());
    }

    /** How many of the filter's learners' records (and learners) are in the ILR 2023-24 file, and how many not. */
    @Transactional(readOnly = true)
    public IlrSummary ilrSummary(ReportFilter filter, Collection<UUID> learnerIds) {
        planForTheseValues();
        Where where = where(filter, learnerIds, false);
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
            from destination_record r join learner l on l.id = r.learner_id
            where r.superseded_at is null""";

    /** The records with their learner's leaving date and why each is not in the ILR 2023-24 file (null if it is). */
    private static final String ILR_RECORDS = """
            select l.id as learner_id, l.learn_ref_number, l.uln, r.out_type, r.out_code, r.start_date, r.end_date,
                   r.collection_date, r.answered_start_date, r.source, r.flag, r.flag_reason, l.leaving_date,
                   case when l.leaving_date > date '%s' then 'LEFT_AFTER_2023_24'
                        when r.collection_date > date '%s' then 'COLLECTED_AFTER_CLOSE' end as ilr_exclusion
            from destination_record r join learner l on l.id = r.learner_id
            where r.superseded_at is null""".formatted(
            IlrExclusion.LEFT_AFTER_2023_24.after(), IlrExclusion.COLLECTED_AFTER_CLOSE.after());

    private static final RowMapper<LearnerRecord> RECORD = (rs, row) -> new LearnerRecord(
            rs.getObject("learner_id", UUID.class), rs.getString("learn_ref_number"), rs.getString("uln"),
            new Outcome(rs.getString("out_type"), rs.getInt("out_code"), rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class), rs.getObject("collection_date", LocalDate.class),
                    rs.getObject("answered_start_date", LocalDate.class)),
            rs.getString("source"), rs.getString("flag"), rs.getString("flag_reason"));

    /**
     * The report's statements run many times with different dates and filters; after five runs pgjdbc prepares them
     * on the server, and PostgreSQL may then reuse one generic plan that guesses at every value (a year of records
     * taken for a few rows: a hash join became index probes, 36 ms became 136 ms at one fifth of full size). Within
     * this transaction, plan each statement for its own values.
     */
    private void planForTheseValues() {
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
    }

    /** ILR rules R107/R108: a destination is due within two months of leaving; before this date it is overdue. */
    LocalDate dueCutoff() {
        return LocalDate.now(clock.withZone(LONDON)).minusMonths(2);
    }

    /**
     * Overdue, the funder's rule (docs/decisions/0043), for the report's OVERDUE filter and each row alike: the line
     * awaits a destination the funder required (the refresh keeps that flag: scope, year, no destination starting
     * after the leaving date), two months have passed since leaving, and the learner left on or after the provider's
     * back-population date (before it the portal never tracked them).
     */
    private Where overdue() {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(dueCutoff()));
        LocalDate trackedFrom = settings.current().backPopulationDate();
        if (trackedFrom == null) {
            return new Where("d.awaiting_destination and d.leaving_date < ?::date", parameters);
        }
        parameters.add(Date.valueOf(trackedFrom));
        return new Where("d.awaiting_destination and d.leaving_date < ?::date and d.leaving_date >= ?::date",
                parameters);
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private Where where(ReportFilter filter, Collection<UUID> learnerIds) {
        return where(filter, learnerIds, true);
    }

    /**
     * The report reads {@code destination_report_line}, one line per learner who has left, kept by triggers
     * (docs/decisions/0014); the learner's own columns are joined only for rows shown.
     */
    private Where where(ReportFilter filter, Collection<UUID> learnerIds, boolean withLearner) {
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
                case SENT -> sql.append(" and d.survey_status = 'SENT'");
                case RESPONDED -> sql.append(" and d.survey_status = 'ANSWERED'");
                case NO_RESPONSE -> sql.append(" and d.survey_status = 'NO_RESPONSE'");
                case UNSUBSCRIBED -> sql.append(" and d.survey_status = 'UNSUBSCRIBED'");
                case NOT_CONTACTABLE -> sql.append(" and d.not_contactable");
                case OVERDUE -> {
                    Where overdue = overdue();
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
    private static String tenantCondition(String alias) {
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
                rs.getString("survey_status"), answered == null ? null : answered.toInstant(), rs.getString("outcomes"),
                rs.getString("flags"), rs.getBoolean("overdue"));
    }
}
