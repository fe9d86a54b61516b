package app.waymark.destination.ui;

import app.waymark.base.security.Permission;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.UrlQuery;
import app.waymark.destination.DestinationExports;
import app.waymark.destination.DestinationReport;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.FlagReview;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportRow;
import app.waymark.destination.DestinationReport.ReportStatus;
import app.waymark.learner.FundModels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The destination report: leavers with their survey and outcomes, filtered by parameters kept in the URL (so the
 * dashboard can link to {@code destinations/report?status=OVERDUE}), with exports of the selected rows or, when none
 * is selected, of the whole filtered set.
 */
@Route("destinations/report")
@RolesAllowed(Permission.REPORTS_VIEW)
@AccessDeniedErrorRouter
class DestinationReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DestinationReport report;
    private final DestinationExports exports;
    private final Grid<ReportRow> grid = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<DateBasis> basis = new ComboBox<>();
    private final ComboBox<ReportStatus> status = new ComboBox<>();
    private final ComboBox<Integer> fundModel = new ComboBox<>();
    private final ComboBox<OutcomeFilter> outcome = new ComboBox<>();
    private final Checkbox flaggedOnly = new Checkbox();
    private final ComboBox<FlagReview> review = new ComboBox<>();
    private boolean applyingUrl;
    // Read by the download handlers, which run outside the UI's session lock.
    private volatile ReportFilter currentFilter = ReportFilter.ALL;
    private volatile Set<UUID> selected = Set.of();

    DestinationReportView(DestinationReport report, DestinationExports exports) {
        this.report = report;
        this.exports = exports;
        setId("destination-report");
        setSizeFull();

        from.setLabel(getTranslation("destination.report.from"));
        from.setId("report-from");
        to.setLabel(getTranslation("destination.report.to"));
        to.setId("report-to");
        basis.setLabel(getTranslation("destination.report.basis"));
        basis.setId("report-basis");
        basis.setItems(DateBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation("destination.report.basis." + b.name()));
        basis.setValue(DateBasis.SENT);
        status.setLabel(getTranslation("destination.report.status"));
        status.setId("report-status");
        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(this::statusLabel);
        status.setClearButtonVisible(true);
        fundModel.setLabel(getTranslation("destination.report.fund-model"));
        fundModel.setId("report-fund-model");
        fundModel.setItems(FundModels.CODES);
        fundModel.setItemLabelGenerator(f -> getTranslation("fund-model." + f));
        fundModel.setClearButtonVisible(true);
        outcome.setLabel(getTranslation("destination.report.outcome"));
        outcome.setId("report-outcome");
        outcome.setItems(OutcomeFilter.values());
        outcome.setItemLabelGenerator(this::outcomeLabel);
        outcome.setClearButtonVisible(true);
        flaggedOnly.setLabel(getTranslation("destination.report.flagged-only"));
        flaggedOnly.setId("report-flagged-only");
        review.setLabel(getTranslation("destination.report.review"));
        review.setId("report-flag-review");
        review.setItems(FlagReview.values());
        review.setItemLabelGenerator(r -> getTranslation("destination.report.review." + r.name()));
        review.setClearButtonVisible(true);
        from.addValueChangeListener(event -> filtersChanged());
        to.addValueChangeListener(event -> filtersChanged());
        basis.addValueChangeListener(event -> filtersChanged());
        status.addValueChangeListener(event -> filtersChanged());
        fundModel.addValueChangeListener(event -> filtersChanged());
        outcome.addValueChangeListener(event -> filtersChanged());
        flaggedOnly.addValueChangeListener(event -> filtersChanged());
        review.addValueChangeListener(event -> filtersChanged());

        grid.setId("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ReportRow::name).setHeader(getTranslation("destination.report.learner")).setFlexGrow(2);
        grid.addColumn(ReportRow::learnRefNumber).setHeader(getTranslation("destination.report.learn-ref"));
        grid.addColumn(r -> date(r.leavingDate())).setHeader(getTranslation("destination.report.leaving-date"));
        grid.addColumn(r -> time(r.surveySent())).setHeader(getTranslation("destination.report.survey-sent"));
        grid.addColumn(r -> r.status() == null ? "" : statusLabel(r.status()))
                .setHeader(getTranslation("destination.report.status"));
        grid.addColumn(r -> r.outcomes() == null ? "" : r.outcomes())
                .setHeader(getTranslation("destination.report.outcomes")).setFlexGrow(2);
        grid.addColumn(r -> r.flagged() ? Arrays.stream(r.flags().split(", ")).map(this::flagLabel)
                        .collect(Collectors.joining(", ")) : "")
                .setHeader(getTranslation("destination.report.flagged"));
        grid.addColumn(r -> !r.flagged() ? "" : getTranslation("destination.report.review."
                        + (r.unreviewedFlag() ? FlagReview.UNREVIEWED : FlagReview.REVIEWED).name()))
                .setHeader(getTranslation("destination.report.review")).setKey("review");
        grid.setItems(query -> report.find(currentFilter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, report.count(currentFilter)));
        grid.addItemClickListener(event -> showRecords(event.getItem()));
        grid.addSelectionListener(event -> selected = event.getAllSelectedItems().stream()
                .map(ReportRow::learnerId).collect(Collectors.toUnmodifiableSet()));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(from, to, basis, status, outcome, fundModel, review,
                flaggedOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout downloads = new HorizontalLayout(
                download("report-export-xlsx", getTranslation("destination.report.export.xlsx"), "xlsx"),
                download("report-export-csv", getTranslation("destination.report.export.csv"), "csv"),
                ilrExport());
        downloads.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("destination.report.title")), filters,
                new Paragraph(getTranslation("destination.report.export.hint")), downloads, grid);
    }

    private Anchor download(String id, String text, String kind) {
        List<String> headings = List.of(getTranslation("destination.report.learn-ref"),
                getTranslation("destination.report.uln"), getTranslation("destination.report.learner"),
                getTranslation("destination.report.leaving-date"), getTranslation("destination.report.survey-sent"),
                getTranslation("destination.report.status"), getTranslation("destination.report.answered"),
                getTranslation("destination.report.outcomes"), getTranslation("destination.report.flagged"));
        List<DestinationExports.Column> columns = DestinationExports.columns(headings, this::statusLabel,
                this::flagLabel);
        DownloadHandler handler = event -> {
            ReportFilter filter = currentFilter;
            Set<UUID> learners = selected;
            switch (kind) {
                case "xlsx" -> {
                    event.setFileName(exports.reportFileName("xlsx"));
                    event.setContentType(DestinationExports.XLSX_TYPE);
                    exports.writeXlsx(filter, learners, columns, event.getOutputStream());
                }
                default -> {
                    event.setFileName(exports.reportFileName("csv"));
                    event.setContentType(DestinationExports.CSV_TYPE);
                    exports.writeCsv(filter, learners, columns, event.getOutputStream());
                }
            }
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("report-export");
        return anchor;
    }

    /** The ILR export says what the file holds and leaves out before it is downloaded (decision 0042). */
    private Button ilrExport() {
        Button button = new Button(getTranslation("destination.report.export.ilr"),
                event -> new IlrExportDialog(exports, currentFilter, selected).open());
        button.setId("report-export-ilr");
        return button;
    }

    private void showRecords(ReportRow row) {
        Dialog dialog = new Dialog();
        dialog.setId("report-records");
        dialog.setHeaderTitle(getTranslation("destination.report.records", row.name(), row.learnRefNumber()));
        List<DestinationReport.LearnerRecord> records = report.records(row.learnerId());
        Grid<DestinationReport.LearnerRecord> grid = new Grid<>();
        grid.setId("report-records-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.outcome().label()).setHeader(getTranslation("destination.outcome"));
        grid.addColumn(r -> getTranslation("destination.code." + r.outcome().label()))
                .setHeader(getTranslation("destination.meaning")).setFlexGrow(3);
        grid.addColumn(r -> date(r.outcome().startDate())).setHeader(getTranslation("destination.start"));
        grid.addColumn(r -> date(r.outcome().endDate())).setHeader(getTranslation("destination.end"));
        grid.addColumn(r -> date(r.outcome().collectionDate())).setHeader(getTranslation("destination.collected"));
        grid.addColumn(r -> getTranslation("destination.source." + r.source()))
                .setHeader(getTranslation("destination.source"));
        grid.addColumn(r -> r.flag() == null ? "" : getTranslation("destination.flag." + r.flag())
                + (r.flagReason() == null ? "" : ": " + r.flagReason())).setHeader(getTranslation("destination.flag"))
                .setFlexGrow(2);
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        grid.setWidth("60rem");
        dialog.add(records.isEmpty() ? new Paragraph(getTranslation("destination.records.none")) : grid);
        Anchor learner = new Anchor("learners/" + row.learnerId(), getTranslation("destination.report.open-learner"));
        learner.setId("report-open-learner");
        Button close = new Button(getTranslation("destination.report.close"), event -> dialog.close());
        close.setId("report-records-close");
        dialog.getFooter().add(learner, close);
        dialog.open();
    }

    private String statusLabel(ReportStatus value) {
        return getTranslation("destination.report.status." + value.name());
    }

    private String flagLabel(String flag) {
        return getTranslation("destination.flag." + flag);
    }

    private String outcomeLabel(OutcomeFilter value) {
        return value.types().size() == 1
                ? value.name() + " – " + getTranslation("destinations.dashboard.type." + value.name())
                : getTranslation("destination.report.outcome." + value.name());
    }

    private ReportFilter filter() {
        return new ReportFilter(from.getValue(), to.getValue(), basis.getValue(), status.getValue(),
                fundModel.getValue(), flaggedOnly.getValue(), outcome.getValue(), review.getValue());
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        currentFilter = filter();
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        UrlQuery.show(this, ReportLinks.REPORT, ReportLinks.parameters(currentFilter));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReportFilter requested = ReportLinks.filter(event.getLocation().getQueryParameters());
        applyingUrl = true;
        try {
            from.setValue(requested.from());
            to.setValue(requested.to());
            basis.setValue(requested.basisOrDefault());
            status.setValue(requested.status());
            outcome.setValue(requested.outcome());
            fundModel.setValue(requested.fundModel());
            flaggedOnly.setValue(requested.flaggedOnly());
            review.setValue(requested.review());
        } finally {
            applyingUrl = false;
        }
        currentFilter = filter();
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : UkFormats.DATE.format(date);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : UkFormats.MINUTE.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("destination.report.title");
    }
}
