package app.waymark.tracker.ui;

import app.waymark.base.io.SpreadsheetFiles;
import app.waymark.base.ui.UkFormats;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerSummary;
import app.waymark.tracker.TrackerType;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The filtered tracker list as XLSX or CSV, read from the service a page at a time (a page in memory, never the
 * whole list; the XLSX keeps a window of rows and spills the rest to a temporary file). Each page continues after
 * the last tracker written (keyset, not offset), so a tracker raised while the file is written neither repeats a row
 * nor hides one, and a deep page costs what the first does. Every cell is text, and text a spreadsheet could take for a formula (starting with = + - @, tab
 * or carriage return) gets a leading apostrophe.
 */
final class TrackerExport {

    static final String XLSX_TYPE = SpreadsheetFiles.XLSX_TYPE;
    static final String CSV_TYPE = SpreadsheetFiles.CSV_TYPE;
    static final int PAGE_SIZE = 1000;

    /** Column headings and value labels, translated beforehand: the download runs outside the page's request. */
    record Labels(List<String> headings, Map<TrackerType, String> types, Map<TrackerStatus, String> statuses,
                  String unassigned, String yes, String no) {

        static Labels of(TrackerTexts texts) {
            Map<TrackerType, String> types = new EnumMap<>(TrackerType.class);
            for (TrackerType type : TrackerType.values()) {
                types.put(type, texts.type(type));
            }
            Map<TrackerStatus, String> statuses = new EnumMap<>(TrackerStatus.class);
            for (TrackerStatus status : TrackerStatus.values()) {
                statuses.put(status, texts.status(status));
            }
            return new Labels(List.of(texts.get("tracker.column.reference"), texts.get("tracker.column.type"),
                    texts.get("tracker.export.learner-name"), texts.get("tracker.export.learn-ref"),
                    texts.get("tracker.column.status"), texts.get("tracker.column.assignee"),
                    texts.get("tracker.column.raised-by"), texts.get("tracker.column.raised-on"),
                    texts.get("tracker.column.due"), texts.get("tracker.export.overdue")), types, statuses,
                    texts.get("tracker.unassigned"), texts.get("common.yes"), texts.get("common.no"));
        }

        List<String> row(TrackerSummary tracker) {
            String type = tracker.customTypeName() != null ? tracker.customTypeName() : types.get(tracker.type());
            return List.of(tracker.reference(), type, tracker.learnerName(),
                    tracker.learnRefNumber(), statuses.get(tracker.status()),
                    tracker.assigneeId() == null ? unassigned : nullToEmpty(tracker.assigneeName()),
                    nullToEmpty(tracker.raisedByName()),
                    tracker.raisedAt() == null ? "" : tracker.raisedAt().atZone(UkFormats.UK).toLocalDate()
                            .toString(),
                    tracker.dueOn() == null ? "" : tracker.dueOn().toString(), tracker.overdue() ? yes : no);
        }
    }

    static void writeXlsx(TrackerService trackers, TrackerFilter filter, Labels labels, OutputStream out)
            throws IOException {
        SpreadsheetFiles.writeXlsx("Trackers", labels.headings(), writer -> eachRow(trackers, filter, labels, writer),
                out);
    }

    static void writeCsv(TrackerService trackers, TrackerFilter filter, Labels labels, OutputStream out)
            throws IOException {
        SpreadsheetFiles.writeCsv(labels.headings(), writer -> eachRow(trackers, filter, labels, writer), out);
    }

    private static void eachRow(TrackerService trackers, TrackerFilter filter, Labels labels,
                                SpreadsheetFiles.RowWriter writer) throws IOException {
        TrackerSummary last = null;
        while (true) {
            List<TrackerSummary> found = trackers.findAfter(filter, last, PAGE_SIZE);
            for (TrackerSummary tracker : found) {
                writer.write(labels.row(tracker));
            }
            if (found.size() < PAGE_SIZE) {
                return;
            }
            last = found.getLast();
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private TrackerExport() {
    }
}
