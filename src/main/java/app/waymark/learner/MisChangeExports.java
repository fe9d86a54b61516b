package app.waymark.learner;

import app.waymark.base.io.SpreadsheetText;
import app.waymark.base.security.Permission;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The list to key into the MIS as XLSX or CSV, for the filter the user chose. Every cell is text, and text a
 * spreadsheet could take for a formula is neutralised ({@link SpreadsheetText}).
 */
@Service
@PreAuthorize("hasAnyRole('" + Permission.ILR_IMPORT + "', '" + Permission.TRACKER_PROCESS + "')")
public class MisChangeExports {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";

    /** A column: its heading (translated by the caller) and how a change fills it. */
    public record Column(String heading, Function<MisChange, String> value) {
    }

    private final MisChangeQueries queries;
    private final Clock clock;

    MisChangeExports(MisChangeQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** {@code mis-changes-<yyyy-mm-dd>.<extension>}, dated by the UK calendar. */
    public String fileName(String extension) {
        return "mis-changes-" + LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))) + "."
                + extension;
    }

    @Transactional(readOnly = true)
    public void writeXlsx(MisChangeFilter filter, List<Column> columns, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("To key into the MIS");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                cell(header, c, columns.get(c).heading(), heading);
            }
            AtomicInteger rowNumber = new AtomicInteger(1);
            queries.forEach(filter, change -> {
                Row line = sheet.createRow(rowNumber.getAndIncrement());
                for (int c = 0; c < columns.size(); c++) {
                    cell(line, c, columns.get(c).value().apply(change), text);
                }
            });
            workbook.write(out);
        }
    }

    /** CSV per RFC 4180 (CRLF), UTF-8 with a byte-order mark so Excel reads it as UTF-8. */
    @Transactional(readOnly = true)
    public void writeCsv(MisChangeFilter filter, List<Column> columns, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, columns.stream().map(Column::heading).toList());
        try {
            queries.forEach(filter, change -> {
                try {
                    line(writer, columns.stream().map(column -> column.value().apply(change)).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(SpreadsheetText.neutralise(value));
    }

    private static void line(Writer writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(SpreadsheetText.csvField(values.get(i)));
        }
        writer.write("\r\n");
    }
}
