package app.waymark.restart.ui;

import app.waymark.base.io.SpreadsheetText;
import app.waymark.base.ui.UkFormats;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final int PAGE_SIZE = 1000;

    /** Column headings and words, translated beforehand: the download runs outside the page's request. */
    record Labels(List<String> headings, String unassigned, String yes, String no) {

        static Labels of(MonitoringTexts texts) {
            return new Labels(List.of(texts.get("monitoring.column.reference"),
                    texts.get("monitoring.export.participant-name"), texts.get("monitoring.export.participant-ref"),
                    texts.get("monitoring.column.activity"), texts.get("monitoring.column.activity-due"),
                    texts.get("monitoring.column.status"), texts.get("monitoring.column.assignee"),
                    texts.get("monitoring.column.raised"), texts.get("monitoring.column.overdue")),
                    texts.get("monitoring.unassigned"), texts.get("common.yes"), texts.get("common.no"));
        }

        List<String> row(MonitoringSummary tracker) {
            return List.of(tracker.reference(), tracker.participantName(), tracker.participantReference(),
                    tracker.activityTitle(), tracker.activityDueOn() == null ? "" : tracker.activityDueOn().toString(),
                    tracker.status().label(),
                    tracker.assigneeId() == null ? unassigned
                            : tracker.assigneeName() == null ? "" : tracker.assigneeName(),
                    tracker.raisedAt().atZone(UkFormats.UK).toLocalDate().toString(), tracker.overdue() ? yes : no);
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(List<String> values) throws IOException;
    }

    static void writeXlsx(MonitoringTrackers trackers, MonitoringFilter filter, Labels labels, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Monitoring trackers");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            int[] next = {0};
            RowWriter writer = values -> {
                Row row = sheet.createRow(next[0]);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(next[0] == 0 ? heading : text);
                    cell.setCellValue(SpreadsheetText.neutralise(values.get(c)));
                }
                next[0]++;
            };
            writer.write(labels.headings());
            eachRow(trackers, filter, labels, writer);
            workbook.write(out);
        }
    }

    /** CSV per RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so Excel reads it as UTF-8. */
    static void writeCsv(MonitoringTrackers trackers, MonitoringFilter filter, Labels labels, OutputStream out)
            throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write('\uFEFF');
        RowWriter writer = values -> {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    csv.write(',');
                }
                csv.write(SpreadsheetText.csvField(values.get(i)));
            }
            csv.write("\r\n");
        };
        writer.write(labels.headings());
        eachRow(trackers, filter, labels, writer);
        csv.flush();
    }

    private static void eachRow(MonitoringTrackers trackers, MonitoringFilter filter, Labels labels,
                                RowWriter writer) throws IOException {
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
