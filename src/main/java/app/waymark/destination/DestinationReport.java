package app.waymark.destination;

import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

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
        public List<OutcomeType> types() {
            return switch (this) {
                case POSITIVE -> Arrays.stream(OutcomeType.values()).filter(OutcomeType::positive).toList();
                case ANY -> List.of(OutcomeType.values());
                default -> List.of(OutcomeType.valueOf(name()));
            };
        }

        /** The filter for learners with a record of this one type. */
        public static OutcomeFilter of(OutcomeType type) {
            return valueOf(type.name());
        }
    }

    /** Report status: the survey's state, or what the records say (not contactable, overdue: decision 0043). */
    public enum ReportStatus {
        SENT(SurveyStatus.SENT), RESPONDED(SurveyStatus.ANSWERED), NO_RESPONSE(SurveyStatus.NO_RESPONSE),
        UNSUBSCRIBED(SurveyStatus.UNSUBSCRIBED), NOT_CONTACTABLE(null), OVERDUE(null);

        private final SurveyStatus survey;

        ReportStatus(SurveyStatus survey) {
            this.survey = survey;
        }

        /** The survey status this report status stands for; null for those the records decide. */
        SurveyStatus survey() {
            return survey;
        }

        static ReportStatus of(SurveyStatus survey) {
            return Arrays.stream(values()).filter(status -> status.survey == survey).findFirst().orElseThrow();
        }
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
     * One learner's line. {@code surveyStatus} is the invitation's status, or null when no survey went for this
     * leaving date; {@code outcomes} reads like "EMP-1, EDU-5"; {@code unreviewedFlag}: a flag still waits for
     * review.
     */
    public record ReportRow(UUID learnerId, String learnRefNumber, String uln, String givenNames, String familyName,
                            LocalDate leavingDate, Instant surveySent, SurveyStatus surveyStatus, Instant answeredAt,
                            String outcomes, String flags, boolean unreviewedFlag, boolean overdue) {

        public String name() {
            return ((givenNames == null ? "" : givenNames) + " " + (familyName == null ? "" : familyName)).trim();
        }

        public boolean flagged() {
            return flags != null && !flags.isEmpty();
        }

        /** The single status shown for the row. */
        public ReportStatus status() {
            if (surveyStatus != null) {
                return ReportStatus.of(surveyStatus);
            }
            if (flags != null && flags.contains(RecordFlag.NOT_CONTACTABLE.name())) {
                return ReportStatus.NOT_CONTACTABLE;
            }
            return overdue ? ReportStatus.OVERDUE : null;
        }
    }

    /** A learner's destination record, with the learner's ILR keys (for the ILR export). */
    public record LearnerRecord(UUID learnerId, String learnRefNumber, String uln, Outcome outcome,
                                RecordSource source, RecordFlag flag, String flagReason) {
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

    /**
     * Overdue, the funder's rule (docs/decisions/0043): a learner awaiting a destination the funder requires who left
     * before {@code dueCutoff} (two months ago, ILR rules R107/R108) and on or after the provider's back-population
     * date {@code trackedFrom} (null: no such limit), before which the portal never tracked them.
     */
    record OverdueRule(LocalDate dueCutoff, LocalDate trackedFrom) {
    }

    /**
     * The dashboard's "collected in the period" figures: learners for each outcome filter, and learners not
     * contactable (what {@link #count} gives for {@link ReportStatus#NOT_CONTACTABLE} with the
     * {@link DateBasis#COLLECTED} basis).
     */
    record CollectedCounts(Map<OutcomeFilter, Integer> outcomes, int notContactable) {
    }

    /**
     * The dashboard's survey figures: learners whose current survey was sent from {@code from} to {@code to}, in all
     * and by the survey's status (what {@link #count} gives for each status with the {@link DateBasis#SENT} basis).
     */
    record SentCounts(int sent, int answered, int waiting, int noResponse, int unsubscribed) {
    }

    private final ReportQueries queries;
    private final ReportCounts counts;
    private final DestinationSettingsService settings;
    private final Clock clock;

    DestinationReport(ReportQueries queries, ReportCounts counts, DestinationSettingsService settings, Clock clock) {
        this.queries = queries;
        this.counts = counts;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReportRow> find(ReportFilter filter, int page, int pageSize) {
        return queries.find(filter, page, pageSize, this::overdueRule);
    }

    @Transactional(readOnly = true)
    public long count(ReportFilter filter) {
        OverdueRule rule = overdueRule();
        return counts.count(filter, rule).orElseGet(() -> queries.count(filter, () -> rule));
    }

    /** Every row of the filter (restricted to {@code learnerIds} unless empty), streamed in report order. */
    @Transactional(readOnly = true)
    public void forEach(ReportFilter filter, Collection<UUID> learnerIds, Consumer<ReportRow> consumer) {
        queries.forEach(filter, learnerIds, consumer, this::overdueRule);
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

    /** From the lines' counts (release 0035, decision 0061). */
    @Transactional(readOnly = true)
    CollectedCounts collected(LocalDate from, LocalDate to) {
        return counts.collected(from, to);
    }

    /** From the lines' counts (release 0035, decision 0061). */
    @Transactional(readOnly = true)
    SentCounts sent(LocalDate from, LocalDate to) {
        return counts.sent(from, to);
    }

    /** Learners whose current survey was sent (or answered) in each month from {@code first} to {@code last}. */
    @Transactional(readOnly = true)
    public Map<YearMonth, Integer> perMonth(DateBasis basis, YearMonth first, YearMonth last) {
        return counts.perMonth(basis, first, last);
    }

    /**
     * The destination records (survey, automatic OTH-3, manual) of one learner that count, newest first: a superseded
     * OTH-3 is only in the learner's own history.
     */
    @Transactional(readOnly = true)
    public List<LearnerRecord> records(UUID learnerId) {
        return queries.records(learnerId);
    }

    /**
     * The filter's learners' destination records (restricted to {@code learnerIds} unless empty) that are in the ILR
     * 2023-24 file ({@code inFile}) or left out of it, in learner order, each with the learner's leaving date and
     * why it is left out.
     */
    @Transactional(readOnly = true)
    public void forEachIlrRecord(ReportFilter filter, Collection<UUID> learnerIds, boolean inFile,
                                 Consumer<IlrRecord> consumer) {
        queries.forEachIlrRecord(filter, learnerIds, inFile, consumer, this::overdueRule);
    }

    /** How many of the filter's learners' records (and learners) are in the ILR 2023-24 file, and how many not. */
    @Transactional(readOnly = true)
    public IlrSummary ilrSummary(ReportFilter filter, Collection<UUID> learnerIds) {
        return queries.ilrSummary(filter, learnerIds, this::overdueRule);
    }

    /** ILR rules R107/R108: a destination is due within two months of leaving; before this date it is overdue. */
    LocalDate dueCutoff() {
        return LocalDate.now(clock.withZone(LONDON)).minusMonths(2);
    }

    private OverdueRule overdueRule() {
        return new OverdueRule(dueCutoff(), settings.current().backPopulationDate());
    }
}
