package app.waymark.restart.ui;

import app.waymark.base.io.SpreadsheetFiles;
import app.waymark.base.ui.UkFormats;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The filtered monitoring list as XLSX or CSV, the way the tracker list exports (a page of rows in memory at a time,
 * rows of the page before skipped if a new tracker shifted them, every cell text, formulas neutralised by
 * {@link SpreadsheetText}).
 */
final class MonitoringExport {

    static final String XLSX_TYPE = SpreadsheetFiles.XLSX_TYPE;
    static final String CSV_TYPE = SpreadsheetFiles.CSV_TYPE;
    static final int PAGE_SIZE = 1000;

    /** Column headings and words, translated beforehand: the download runs outside the page's request. */
    record Labels(List<String> headings, String unassigned, String yes, String no) {

        static Labels of(MonitoringTexts texts) {
            return new Labels(List.of(texts.get("monitoring.column.reference"), texts.get("monitoring.column.type"),
                    texts.get("monitoring.export.participant-name"), texts.get("monitoring.export.participant-ref"),
                    texts.get("monitoring.column.activity"), texts.get("monitoring.column.activity-due"),
                    texts.get("monitoring.column.status"), texts.get("monitoring.column.assignee"),
                    texts.get("monitoring.column.raised"), texts.get("monitoring.column.overdue")),
                    texts.get("monitoring.unassigned"), texts.get("common.yes"), texts.get("common.no"));
        }

        List<String> row(MonitoringSummary tracker) {
            return List.of(tracker.reference(), tracker.type().label(), tracker.participantName(), tracker.participantReference(),
                    tracker.activityTitle(), tracker.activityDueOn() == null ? "" : tracker.activityDueOn().toString(),
                    tracker.status().label(),
                    tracker.assigneeId() == null ? unassigned
                            : tracker.assigneeName() == null ? "" : tracker.assigneeName(),
                    tracker.raisedAt().atZone(UkFormats.UK).toLocalDate().toString(), tracker.overdue() ? yes : no);
        }
    }

    static void writeXlsx(MonitoringTrackers trackers, MonitoringFilter filter, Labels labels, OutputStream out)
            throws IOException {
        SpreadsheetFiles.writeXlsx("Monitoring trackers", labels.headings(), writer -> eachRow(trackers, filter, labels, writer),
                out);
    }

    static void writeCsv(MonitoringTrackers trackers, MonitoringFilter filter, Labels labels, OutputStream out)
            throws IOException {
        SpreadsheetFiles.writeCsv(labels.headings(), writer -> eachRow(trackers, filter, labels, writer), out);
    }

    private static void eachRow(MonitoringTrackers trackers, MonitoringFilter filter, Labels labels,
                                SpreadsheetFiles.RowWriter writer) throws IOException {
        Set<UUID> previousPage = Set.of();
        for (int offset = 0; ; offset += PAGE_SIZE) {
            List<MonitoringSummary> found = trackers.list(filter, offset, PAGE_SIZE);
            Set<UUID> thisPage = new HashSet<>();
            for (MonitoringSummary tracker : found) {
                thisPage.add(tracker.id());
                if (!previousPage.contains(tracker.id())) {
                    writer.write(labels.row(tracker));
                }
            }
            if (found.size() < PAGE_SIZE) {
                return;
            }
            previousPage = thisPage;
        }
    }

    private MonitoringExport() {
    }
}
