package app.waymark.security;

import app.waymark.base.io.SpreadsheetFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export formula injection, suite-wide (issue 16, security suite). The product's exports are found in its own
 * compiled classes, so a new one is covered without editing this test:
 * <ul>
 *   <li>every class that offers a CSV or XLSX download (it sets a content type and names CSV's or XLSX's) reaches
 *       {@link SpreadsheetFiles#writeCsv} or {@link SpreadsheetFiles#writeXlsx} through the classes it calls;</li>
 *   <li>no class outside {@code base.io} touches Apache POI or writes CSV fields itself, so no export can go round
 *       those two methods;</li>
 *   <li>and those two methods write every text a spreadsheet could run as a formula (starting with = + - @, tab or
 *       carriage return) as plain text with a leading apostrophe, in both formats.</li>
 * </ul>
 */
class ExportFormulaInjectionTest {

    private static final String BASE_IO = "app/waymark/base/io/";
    private static final String SPREADSHEET_FILES = BASE_IO + "SpreadsheetFiles";
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1",
            "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1");

    private static Map<String, ProductClasses.CompiledClass> product;

    @BeforeAll
    static void readTheProductsClasses() throws IOException {
        product = ProductClasses.read();
    }

    @Test
    void every_csv_and_xlsx_download_is_written_by_spreadsheet_files() {
        Map<String, String> offersCsv = new TreeMap<>();
        Map<String, String> offersXlsx = new TreeMap<>();
        List<String> bypasses = new ArrayList<>();
        for (ProductClasses.CompiledClass compiled : product.values()) {
            if (compiled.name.startsWith(BASE_IO) || !compiled.setsAContentType()) {
                continue;
            }
            if (compiled.strings.stream().anyMatch(s -> s.startsWith("text/csv"))) {
                offersCsv.put(compiled.name, reaches(compiled.name, "writeCsv") ? "ok" : "bypasses");
            }
            if (compiled.strings.stream().anyMatch(s -> s.contains("spreadsheetml"))) {
                offersXlsx.put(compiled.name, reaches(compiled.name, "writeXlsx") ? "ok" : "bypasses");
            }
        }
        offersCsv.forEach((name, verdict) -> {
            if (!verdict.equals("ok")) {
                bypasses.add(name + " offers CSV but never reaches SpreadsheetFiles.writeCsv");
            }
        });
        offersXlsx.forEach((name, verdict) -> {
            if (!verdict.equals("ok")) {
                bypasses.add(name + " offers XLSX but never reaches SpreadsheetFiles.writeXlsx");
            }
        });
        // The exports the product had when this test was written: finding fewer means the scan has gone blind.
        assertThat(offersCsv.keySet()).as("classes offering CSV").contains(
                "app/waymark/destination/ui/DestinationReportView", "app/waymark/destination/ui/IlrExportDialog", "app/waymark/learner/ui/MisChangesView",
                "app/waymark/tracker/ui/TrackerListView", "app/waymark/restart/ui/MonitoringListView",
                "app/waymark/bootcamp/ui/BootcampsView", "app/waymark/bootcamp/ui/EventExports");
        assertThat(offersXlsx.keySet()).as("classes offering XLSX").contains(
                "app/waymark/destination/ui/DestinationReportView", "app/waymark/destination/ui/IlrExportDialog", "app/waymark/learner/ui/MisChangesView",
                "app/waymark/tracker/ui/TrackerListView", "app/waymark/restart/ui/MonitoringListView",
                "app/waymark/bootcamp/ui/BootcampsView");
        assertThat(bypasses).isEmpty();
    }

    @Test
    void no_class_outside_base_io_writes_spreadsheet_cells_or_csv_fields_itself() {
        List<String> writers = new ArrayList<>();
        for (ProductClasses.CompiledClass compiled : product.values()) {
            if (compiled.name.startsWith(BASE_IO)) {
                continue;
            }
            compiled.calledOwners.stream()
                    .filter(owner -> owner.startsWith("org/apache/poi/")
                            || owner.equals("org/apache/commons/csv/CSVPrinter"))
                    .findFirst()
                    .ifPresent(owner -> writers.add(compiled.name + " uses " + owner));
            if (compiled.calledMethods.contains(BASE_IO + "SpreadsheetText.csvField")) {
                writers.add(compiled.name + " writes CSV fields itself (SpreadsheetText.csvField)");
            }
        }
        assertThat(writers).as("spreadsheet writers outside base.io (each should go through SpreadsheetFiles)")
                .isEmpty();
    }

    @Test
    void spreadsheet_files_write_formula_text_as_plain_text_in_csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetFiles.writeCsv(List.of("Value"), writer -> {
            for (String value : HOSTILE) {
                writer.write(List.of(value));
            }
        }, out);

        List<String> fields = csvFields(out.toString(StandardCharsets.UTF_8).substring(1));
        assertThat(fields).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("Value"),
                        HOSTILE.stream().map(value -> "'" + value)).toList());
    }

    @Test
    void spreadsheet_files_write_formula_text_as_plain_text_in_xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetFiles.writeXlsx("Sheet", List.of("=heading"), writer -> {
            for (String value : HOSTILE) {
                writer.write(List.of(value));
            }
        }, out);

        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : workbook.getSheetAt(0)) {
                Cell cell = row.getCell(0);
                assertThat(cell.getCellType()).as("row %d", row.getRowNum()).isEqualTo(CellType.STRING);
                cells.add(cell.getStringCellValue());
            }
        }
        assertThat(cells.getFirst()).isEqualTo("'=heading");
        assertThat(cells.subList(1, cells.size()))
                .containsExactlyElementsOf(HOSTILE.stream().map(value -> "'" + value).toList());
    }

    /** Whether {@code start}, or any product class it calls (transitively), calls SpreadsheetFiles.{method}. */
    private static boolean reaches(String start, String method) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            ProductClasses.CompiledClass compiled = product.get(next.pop());
            if (compiled == null || !seen.add(compiled.name)) {
                continue;
            }
            if (compiled.calledMethods.contains(SPREADSHEET_FILES + "." + method)) {
                return true;
            }
            compiled.calledOwners.stream().filter(product::containsKey).forEach(next::add);
            ProductClasses.nestedIn(product, compiled.name).forEach(next::add);
        }
        return false;
    }

    /** A one-column RFC 4180 CSV's fields, quotes undone. */
    private static List<String> csvFields(String csv) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i < csv.length()) {
            StringBuilder field = new StringBuilder();
            if (csv.charAt(i) == '"') {
                i++;
                while (!(csv.charAt(i) == '"' && (i + 1 == csv.length() || csv.charAt(i + 1) != '"'))) {
                    field.append(csv.charAt(i));
                    i += csv.charAt(i) == '"' ? 2 : 1;
                }
                i++;
            } else {
                while (csv.charAt(i) != '\r') {
                    field.append(csv.charAt(i++));
                }
            }
            assertThat(csv.startsWith("\r\n", i)).as("line end after field %s", fields.size()).isTrue();
            i += 2;
            fields.add(field.toString());
        }
        return fields;
    }
}
