package app.waymark.destination;

import app.waymark.base.security.Permission;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.FlagReview;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the destinations dashboard for the current provider. Every figure is a count of the destination
 * report's learners for one filter, so each number on the dashboard is exactly the length of the report list it links
 * to (see {@link #filterFor}). Surveys count over a period (by default the last 12 months, this month included) by
 * their sending date, outcomes by their records' collection date; learners overdue and learners with records flagged
 * for review that nobody has reviewed yet are work to do, so they count whenever they arose.
 */
@Service
@PreAuthorize("hasRole('" + Permission.REPORTS_VIEW + "')")
public class DestinationDashboard {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** Each figure of the dashboard, which is also the report filter behind it. */
    public enum Figure {
        SENT, ANSWERED, WAITING, NO_RESPONSE, UNSUBSCRIBED, NOT_CONTACTABLE, OVERDUE, FLAGGED
    }

    /** Learners whose survey was sent and answered in one calendar month (each by its own date). */
    public record MonthFigures(YearMonth month, int sent, int answered) {
    }

    /**
     * @param figures  learners counted for each {@link Figure}
     * @param outcomes learners with an outcome record collected in the period, for each single type (in
     *                 {@link OutcomeType} order), any positive type and any type
     */
    public record Figures(LocalDate from, LocalDate to, Map<Figure, Integer> figures,
                          Map<OutcomeFilter, Integer> outcomes, List<MonthFigures> months) {

        public int get(Figure figure) {
            return figures.get(figure);
        }

        public int sent() {
            return get(Figure.SENT);
        }

        public int answered() {
            return get(Figure.ANSWERED);
        }

        /** Learners with any outcome record in the period. */
        public int outcomeTotal() {
            return outcomes.get(OutcomeFilter.ANY);
        }

        /** Learners with a positive outcome record in the period. */
        public int positive() {
            return outcomes.get(OutcomeFilter.POSITIVE);
        }

        /** Whole percent answered of sent; null when nothing was sent. */
        public Integer responseRatePercent() {
            return percent(answered(), sent());
        }

        /** Whole percent of learners with an outcome whose outcomes include a positive one; null when none. */
        public Integer positivePercent() {
            return percent(positive(), outcomeTotal());
        }

        private static Integer percent(int part, int whole) {
            return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
        }
    }

    private final DestinationReport report;
    private final Clock clock;

    DestinationDashboard(DestinationReport report, Clock clock) {
        this.report = report;
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

    /**
     * Every figure is the count the report gives for its filter ({@link #filterFor}), read in as few passes as that
     * allows (decision 0049): the five survey figures in one pass over the period's surveys, the outcome and "not
     * contactable" figures in one pass over the lines collected in the period, overdue and unreviewed flags each from
     * their own partial index.
     */
    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to) {
        DestinationReport.SentCounts sent = report.sent(from, to);
        DestinationReport.CollectedCounts collected = report.collected(from, to);
        Map<Figure, Integer> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.SENT, sent.sent());
        figures.put(Figure.ANSWERED, sent.answered());
        figures.put(Figure.WAITING, sent.waiting());
        figures.put(Figure.NO_RESPONSE, sent.noResponse());
        figures.put(Figure.UNSUBSCRIBED, sent.unsubscribed());
        figures.put(Figure.NOT_CONTACTABLE, collected.notContactable());
        for (Figure figure : List.of(Figure.OVERDUE, Figure.FLAGGED)) {
            figures.put(figure, (int) report.count(filterFor(figure, from, to)));
        }
        return new Figures(from, to, figures, collected.outcomes(), months(YearMonth.from(today())));
    }

    /** The report filter whose learners a figure counts. */
    public static ReportFilter filterFor(Figure figure, LocalDate from, LocalDate to) {
        return switch (figure) {
            case SENT -> new ReportFilter(from, to, DateBasis.SENT, null, null, false);
            case ANSWERED -> new ReportFilter(from, to, DateBasis.SENT, ReportStatus.RESPONDED, null, false);
            case WAITING -> new ReportFilter(from, to, DateBasis.SENT, ReportStatus.SENT, null, false);
            case NO_RESPONSE -> new ReportFilter(from, to, DateBasis.SENT, ReportStatus.NO_RESPONSE, null, false);
            case UNSUBSCRIBED -> new ReportFilter(from, to, DateBasis.SENT, ReportStatus.UNSUBSCRIBED, null, false);
            case NOT_CONTACTABLE ->
                    new ReportFilter(from, to, DateBasis.COLLECTED, ReportStatus.NOT_CONTACTABLE, null, false);
            case OVERDUE -> new ReportFilter(null, null, DateBasis.SENT, ReportStatus.OVERDUE, null, false);
            case FLAGGED -> new ReportFilter(null, null, DateBasis.SENT, null, null, true)
                    .withReview(FlagReview.UNREVIEWED);
        };
    }

    /** The report filter behind an outcome figure: learners with such a record collected in the period. */
    public static ReportFilter filterFor(OutcomeFilter outcome, LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, DateBasis.COLLECTED, null, null, false, outcome);
    }

    /** Surveys sent (by sending date) and answered (by answering date) in each of the 12 months up to this one. */
    private List<MonthFigures> months(YearMonth current) {
        YearMonth first = current.minusMonths(11);
        Map<YearMonth, Integer> sent = report.perMonth(DateBasis.SENT, first, current);
        Map<YearMonth, Integer> answered = report.perMonth(DateBasis.RESPONDED, first, current);
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            months.add(new MonthFigures(month, sent.getOrDefault(month, 0), answered.getOrDefault(month, 0)));
        }
        return months;
    }
}
