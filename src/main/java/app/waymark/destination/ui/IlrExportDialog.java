package app.waymark.destination.ui;

import app.waymark.destination.DestinationExports;
import app.waymark.destination.DestinationReport.IlrSummary;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.IlrExclusion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ILR 2023-24 destinations export, for the report's filter and selection as they were when it opened: what the
 * file is for, how many records it holds, which are left out and why, and the left-out records as CSV or XLSX
 * (decision 0042).
 */
class IlrExportDialog extends Dialog {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DestinationExports exports;
    private final ReportFilter filter;
    private final Set<UUID> learners;
    /** Translated when the dialog opens: the downloads run outside the UI's session lock. */
    private final Map<IlrExclusion, String> reasons = new EnumMap<>(IlrExclusion.class);

    IlrExportDialog(DestinationExports exports, ReportFilter filter, Set<UUID> learners) {
        this.exports = exports;
        this.filter = filter;
        this.learners = learners;
        for (IlrExclusion exclusion : IlrExclusion.values()) {
            reasons.put(exclusion, getTranslation("destination.report.ilr.reason." + exclusion.name(),
                    LONG_DATE.format(exclusion.after())));
        }
        setId("report-ilr-export");
        setHeaderTitle(getTranslation("destination.report.ilr.title"));
        setWidth("40rem");
        IlrSummary summary = exports.ilrSummary(filter, learners);
        add(paragraph("report-ilr-purpose", getTranslation("destination.report.ilr.purpose")));
        if (summary.records() == 0) {
            add(paragraph("report-ilr-contents", getTranslation("destination.report.ilr.empty")));
        } else {
            add(paragraph("report-ilr-contents",
                    getTranslation("destination.report.ilr.contents", summary.records(), summary.learners())));
            add(new HorizontalLayout(download("report-ilr-download",
                    getTranslation("destination.report.ilr.download"), event -> {
                        event.setFileName(exports.ilrFileName());
                        event.setContentType(DestinationExports.XML_TYPE);
                        exports.writeIlrXml(filter, learners, event.getOutputStream());
                    })));
        }
        if (summary.leftAfterRecords() > 0) {
            add(paragraph("report-ilr-left-after", getTranslation("destination.report.ilr.left-after",
                    summary.leftAfterRecords(), summary.leftAfterLearners(),
                    LONG_DATE.format(IlrExclusion.LEFT_AFTER_2023_24.after()))));
        }
        if (summary.collectedLateRecords() > 0) {
            add(paragraph("report-ilr-collected-late", getTranslation("destination.report.ilr.collected-late",
                    summary.collectedLateRecords(), summary.collectedLateLearners(),
                    LONG_DATE.format(IlrExclusion.COLLECTED_AFTER_CLOSE.after()))));
        }
        if (summary.leftAfterRecords() + summary.collectedLateRecords() > 0) {
            add(new Paragraph(getTranslation("destination.report.ilr.rest")));
            add(new HorizontalLayout(restDownload("csv"), restDownload("xlsx")));
        }
        Button close = new Button(getTranslation("destination.report.close"), event -> close());
        close.setId("report-ilr-close");
        getFooter().add(close);
    }

    private Anchor restDownload(String extension) {
        String reasonHeading = getTranslation("destination.report.ilr.reason");
        return download("report-ilr-rest-" + extension,
                getTranslation("destination.report.ilr.rest." + extension), event -> {
                    event.setFileName(exports.notInIlrFileName(extension));
                    if (extension.equals("csv")) {
                        event.setContentType(DestinationExports.CSV_TYPE);
                        exports.writeNotInIlrCsv(filter, learners, reasonHeading, reasons::get,
                                event.getOutputStream());
                    } else {
                        event.setContentType(DestinationExports.XLSX_TYPE);
                        exports.writeNotInIlrXlsx(filter, learners, reasonHeading, reasons::get,
                                event.getOutputStream());
                    }
                });
    }

    private static Anchor download(String id, String text, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("report-export");
        return anchor;
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
