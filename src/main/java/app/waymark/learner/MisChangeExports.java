package app.waymark.learner;

import app.waymark.base.io.SpreadsheetFiles;
import app.waymark.base.io.SpreadsheetText;
import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The list to key into the MIS as XLSX or CSV, for the filter the user chose. Every cell is text, and text a
 * spreadsheet could take for a formula is neutralised ({@link SpreadsheetText}).
 */
@Service
@PreAuthorize("hasAnyRole('" + Permission.ILR_IMPORT + "', '" + Permission.TRACKER_PROCESS + "')")
public class MisChangeExports {

    public static final String XLSX_TYPE = SpreadsheetFiles.XLSX_TYPE;
    public static final String CSV_TYPE = SpreadsheetFiles.CSV_TYPE;

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
        SpreadsheetFiles.writeXlsx("To key into the MIS", headings(columns), changes(filter, columns), out);
    }

    /** CSV per RFC 4180 (CRLF), UTF-8 with a byte-order mark so Excel reads it as UTF-8. */
    @Transactional(readOnly = true)
    public void writeCsv(MisChangeFilter filter, List<Column> columns, OutputStream out) throws IOException {
        SpreadsheetFiles.writeCsv(headings(columns), changes(filter, columns), out);
    }

    private static List<String> headings(List<Column> columns) {
        return columns.stream().map(Column::heading).toList();
    }

    private SpreadsheetFiles.Rows changes(MisChangeFilter filter, List<Column> columns) {
        return writer -> {
            try {
                queries.forEach(filter, change -> {
                    try {
                        writer.write(columns.stream().map(column -> column.value().apply(change)).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }
}
