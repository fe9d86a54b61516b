package app.waymark.destination.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.UkFormats;
import app.waymark.destination.DestinationDashboard;
import app.waymark.destination.DestinationDashboard.Figure;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportStatus;
import app.waymark.destination.LearnerSurveys;
import app.waymark.destination.OutcomeType;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerListLinks;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The destinations dashboard: surveys sent and answered, outcomes by type, the share of positive destinations, work
 * to do (learners overdue under R107, records flagged for review, contact details learners gave in the survey that
 * are waiting as trackers) and a month-by-month trend. Every number links to the list it counts: the destinations
 * report filtered to the learners behind it, or the tracker list filtered to those trackers. Charts are plain SVG drawn here, each with a title and
 * the same numbers in a table beside it.
 */
@Route("destinations")
@RolesAllowed(Permission.REPORTS_VIEW)
@AccessDeniedErrorRouter
@Menu(title = "menu.destinations", order = 15, icon = "vaadin:chart")
class DestinationDashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    /** Inline SVG takes the provider's brand colour from the page; the fallback is Waymark's own. */
    private static final String BRAND = "var(--wm-brand-color, #1d4f91)";
    private static final String NEGATIVE = "#6b6b6b";
    private static final String SENT = "#a3acb5";

    private final TrackerService trackers;

    DestinationDashboardView(DestinationDashboard dashboard, TrackerService trackers) {
        this.trackers = trackers;
        setId("destinations-dashboard");
        setMaxWidth("72rem");
        DestinationDashboard.Figures f = dashboard.lastTwelveMonths();
        add(new H1(getTranslation("destinations.dashboard.title")),
                new Paragraph(getTranslation("destinations.dashboard.period", UkFormats.DATE.format(f.from()),
                        UkFormats.DATE.format(f.to()))));
        add(summary(f), outcomes(f), trend(f));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("destinations.dashboard.title");
    }

    private Component summary(DestinationDashboard.Figures f) {
        Div cards = new Div(
                card("figure-sent", f.sent(), "destinations.dashboard.sent", null, f, Figure.SENT),
                card("figure-response-rate", percent(f.responseRatePercent()),
                        "destinations.dashboard.response-rate",
                        getTranslation("destinations.dashboard.response-rate.detail", f.answered(), f.sent()),
                        link(f, Figure.ANSWERED)),
                card("figure-answered", f.answered(), "destinations.dashboard.answered", null, f, Figure.ANSWERED),
                card("figure-waiting", f.get(Figure.WAITING), "destinations.dashboard.waiting", null, f,
                        Figure.WAITING),
                card("figure-no-response", f.get(Figure.NO_RESPONSE), "destinations.dashboard.no-response", null, f,
                        Figure.NO_RESPONSE),
                card("figure-unsubscribed", f.get(Figure.UNSUBSCRIBED), "destinations.dashboard.unsubscribed", null,
                        f, Figure.UNSUBSCRIBED),
                card("figure-not-contactable", f.get(Figure.NOT_CONTACTABLE), "destinations.dashboard.not-contactable",
                        null, f, Figure.NOT_CONTACTABLE),
                card("figure-positive", percent(f.positivePercent()), "destinations.dashboard.positive",
                        getTranslation("destinations.dashboard.positive.detail", f.positive(), f.outcomeTotal()),
                        ReportLinks.href(DestinationDashboard.filterFor(OutcomeFilter.POSITIVE, f.from(), f.to()))),
                card("figure-overdue", f.get(Figure.OVERDUE), "destinations.dashboard.overdue",
                        getTranslation("destinations.dashboard.overdue.detail"), f, Figure.OVERDUE),
                card("figure-flagged", f.get(Figure.FLAGGED), "destinations.dashboard.flagged",
                        getTranslation("destinations.dashboard.flagged.detail"), f, Figure.FLAGGED));
        if (CurrentActor.has(Permission.LEARNER_VIEW)) {
            TrackerFilter fromSurveys = TrackerFilter.openFrom(TrackerType.CHANGE_OF_CONTACT_DETAILS,
                    LearnerSurveys.TRACKER_SOURCE);
            cards.add(card("figure-contact-updates", Long.toString(trackers.count(fromSurveys)),
                    "destinations.dashboard.contact-updates",
                    getTranslation("destinations.dashboard.contact-updates.detail"), TrackerListLinks.to(fromSurveys)));
        }
        cards.addClassName("wm-stat-cards");
        cards.setId("destination-figures");
        return cards;
    }

    private static String link(DestinationDashboard.Figures f, Figure figure) {
        return ReportLinks.href(DestinationDashboard.filterFor(figure, f.from(), f.to()));
    }

    /** A count linking to the report's learners behind it. */
    private Component card(String id, int number, String labelKey, String detail, DestinationDashboard.Figures f,
                           Figure figure) {
        return card(id, Integer.toString(number), labelKey, detail, link(f, figure));
    }

    private Component card(String id, String number, String labelKey, String detail, String href) {
        Span value = new Span(number);
        value.addClassName("wm-stat-number");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("wm-stat-label");
        Anchor card = new Anchor(href, value, label);
        if (detail != null) {
            Span small = new Span(detail);
            small.addClassName("wm-stat-detail");
            card.add(small);
        }
        card.setId(id);
        card.addClassName("wm-stat");
        return card;
    }

    private Component outcomes(DestinationDashboard.Figures f) {
        Map<OutcomeType, String> labels = new LinkedHashMap<>();
        Map<OutcomeType, Integer> counts = new LinkedHashMap<>();
        for (OutcomeType type : OutcomeType.values()) {
            labels.put(type, getTranslation("destinations.dashboard.type." + type.name()));
            counts.put(type, f.outcomes().get(OutcomeFilter.of(type)));
        }
        String title = getTranslation("destinations.dashboard.outcomes.chart", f.outcomeTotal());

        NativeTable table = new NativeTable();
        table.setId("outcomes-table");
        table.addClassName("wm-figures-table");
        table.add(header(getTranslation("destinations.dashboard.outcome-type"),
                getTranslation("destinations.dashboard.learners")));
        NativeTableBody body = new NativeTableBody();
        for (OutcomeType type : OutcomeType.values()) {
            OutcomeFilter filter = OutcomeFilter.of(type);
            Anchor link = new Anchor(ReportLinks.href(DestinationDashboard.filterFor(filter, f.from(), f.to())),
                    Integer.toString(f.outcomes().get(filter)));
            link.setId("outcome-" + type.name());
            body.add(new NativeTableRow(new NativeTableCell(type.name() + " – " + labels.get(type)),
                    new NativeTableCell(link)));
        }
        table.add(body);

        Svg chart = new Svg(outcomeChart(title, counts, labels));
        chart.setId("outcomes-chart");
        chart.addClassName("wm-chart");
        Div row = new Div(chart, table);
        row.addClassName("wm-chart-row");
        return section(new H2(getTranslation("destinations.dashboard.outcomes")),
                new Paragraph(getTranslation("destinations.dashboard.positive.definition")), row);
    }

    private Component trend(DestinationDashboard.Figures f) {
        String title = getTranslation("destinations.dashboard.trend.chart");
        NativeTable table = new NativeTable();
        table.setId("trend-table");
        table.addClassName("wm-figures-table");
        table.add(header(getTranslation("destinations.dashboard.month"), getTranslation("destinations.dashboard.sent"),
                getTranslation("destinations.dashboard.answered")));
        NativeTableBody body = new NativeTableBody();
        for (DestinationDashboard.MonthFigures month : f.months()) {
            LocalDate first = month.month().atDay(1);
            LocalDate last = month.month().atEndOfMonth();
            Anchor sent = new Anchor(ReportLinks.href(new ReportFilter(first, last, DateBasis.SENT, null, null,
                    false)), Integer.toString(month.sent()));
            sent.setId("month-sent-" + month.month());
            Anchor answered = new Anchor(ReportLinks.href(new ReportFilter(first, last, DateBasis.RESPONDED,
                    ReportStatus.RESPONDED, null, false)), Integer.toString(month.answered()));
            answered.setId("month-answered-" + month.month());
            body.add(new NativeTableRow(new NativeTableCell(MONTH.format(month.month())), new NativeTableCell(sent),
                    new NativeTableCell(answered)));
        }
        table.add(body);
        Svg chart = new Svg(trendChart(title, f.months(), getTranslation("destinations.dashboard.sent"),
                getTranslation("destinations.dashboard.answered")));
        chart.setId("trend-chart");
        chart.addClassName("wm-chart");
        Div row = new Div(chart, table);
        row.addClassName("wm-chart-row");
        return section(new H2(getTranslation("destinations.dashboard.trend")),
                new Paragraph(getTranslation("destinations.dashboard.trend.help")), row);
    }

    private static Component section(Component... children) {
        Div section = new Div(children);
        section.addClassName("wm-dashboard-section");
        return section;
    }

    private static NativeTableHeader header(String... names) {
        NativeTableRow row = new NativeTableRow();
        for (String name : names) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(name);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        return new NativeTableHeader(row);
    }

    /** Horizontal bars, one per outcome type; positive types in the brand colour, NPE and OTH in grey. */
    static String outcomeChart(String title, Map<OutcomeType, Integer> counts, Map<OutcomeType, String> labels) {
        int rowHeight = 30;
        int labelWidth = 60;
        int barSpace = 300;
        int width = labelWidth + barSpace + 50;
        int height = counts.size() * rowHeight + 10;
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder svg = open(width, height, "outcomes-chart-title", title);
        int y = 5;
        for (Map.Entry<OutcomeType, Integer> entry : counts.entrySet()) {
            OutcomeType type = entry.getKey();
            int barWidth = (int) Math.round((double) barSpace * entry.getValue() / max);
            String colour = type.positive() ? BRAND : NEGATIVE;
            svg.append("<g><title>").append(escape(type + " – " + labels.get(type) + ": " + entry.getValue()))
                    .append("</title>")
                    .append("<text x=\"0\" y=\"").append(y + 19).append("\" font-size=\"14\" fill=\"#333\">")
                    .append(type.name()).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(Math.max(barWidth, 1)).append("\" height=\"").append(rowHeight - 10)
                    .append("\" style=\"fill: ").append(colour).append("\"/>")
                    .append("<text x=\"").append(labelWidth + Math.max(barWidth, 1) + 6).append("\" y=\"")
                    .append(y + 19).append("\" font-size=\"14\" fill=\"#333\">").append(entry.getValue())
                    .append("</text></g>");
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** Paired vertical bars per month: surveys sent and surveys answered. */
    static String trendChart(String title, List<DestinationDashboard.MonthFigures> months, String sentLabel,
                             String answeredLabel) {
        int left = 40;
        int top = 30;
        int plotHeight = 160;
        int group = 46;
        int width = left + months.size() * group + 10;
        int height = top + plotHeight + 40;
        int max = Math.max(1, months.stream().mapToInt(m -> Math.max(m.sent(), m.answered())).max().orElse(1));
        int step = niceStep(max);
        int top1 = ((max + step - 1) / step) * step;
        StringBuilder svg = open(width, height, "trend-chart-title", title);
        svg.append("<rect x=\"").append(left).append("\" y=\"4\" width=\"12\" height=\"12\" style=\"fill: ")
                .append(SENT).append("\"/><text x=\"").append(left + 16).append("\" y=\"15\" font-size=\"13\" fill=\"#333\">")
                .append(escape(sentLabel)).append("</text>")
                .append("<rect x=\"").append(left + 140).append("\" y=\"4\" width=\"12\" height=\"12\" style=\"fill: ")
                .append(BRAND).append("\"/><text x=\"").append(left + 156)
                .append("\" y=\"15\" font-size=\"13\" fill=\"#333\">").append(escape(answeredLabel))
                .append("</text>");
        for (int value = 0; value <= top1; value += step) {
            int y = top + plotHeight - plotHeight * value / top1;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4)
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#555\">").append(value).append("</text>");
        }
        int x = left + 6;
        for (DestinationDashboard.MonthFigures month : months) {
            int sentHeight = plotHeight * month.sent() / top1;
            int answeredHeight = plotHeight * month.answered() / top1;
            svg.append("<g><title>").append(escape(MONTH.format(month.month()) + ": " + sentLabel + " "
                            + month.sent() + ", " + answeredLabel + " " + month.answered())).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(top + plotHeight - sentHeight)
                    .append("\" width=\"16\" height=\"").append(sentHeight).append("\" style=\"fill: ").append(SENT)
                    .append("\"/>")
                    .append("<rect x=\"").append(x + 17).append("\" y=\"").append(top + plotHeight - answeredHeight)
                    .append("\" width=\"16\" height=\"").append(answeredHeight).append("\" style=\"fill: ")
                    .append(BRAND).append("\"/>")
                    .append("<text x=\"").append(x + 17).append("\" y=\"").append(top + plotHeight + 16)
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#555\">")
                    .append(escape(SHORT_MONTH.format(month.month()))).append("</text>");
            if (month.month().getMonthValue() == 1 || month == months.getFirst()) {
                svg.append("<text x=\"").append(x + 17).append("\" y=\"").append(top + plotHeight + 31)
                        .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#777\">")
                        .append(month.month().getYear()).append("</text>");
            }
            svg.append("</g>");
            x += group;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String titleId, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" aria-labelledby=\"").append(titleId).append("\"><title id=\"")
                .append(titleId).append("\">").append(escape(title)).append("</title>");
    }

    private static int niceStep(int max) {
        for (int step : new int[]{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
            if (max / step <= 5) {
                return step;
            }
        }
        return (max / 5 / 1000 + 1) * 1000;
    }

    private String percent(Integer value) {
        return value == null ? getTranslation("destinations.dashboard.no-data") : value + "%";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
