package app.waymark.destination;

import app.waymark.destination.DestinationReport.ReportFilter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DestinationExportsTest extends DestinationTest {

    static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final List<String> HEADINGS = List.of("Ref", "ULN", "Learner", "Left", "Sent", "Status", "Answered",
            "Outcomes", "Flags");

    @Autowired
    DestinationExports exports;

    DispatchTestTenant provider;
    ReportTestData data;
    LocalDate today;
    UUID hostile, plain, withoutRecords;

    @BeforeEach
    void learners() {
        provider = newProvider();
        data = new ReportTestData(provider, jdbc, transactions);
        today = ukToday();
        hostile = data.learner(HOSTILE, today.minusDays(40));
        data.invitation(hostile, today.minusDays(40), "NO_RESPONSE", Instant.now(), null);
        data.record(hostile, "OTH", 3, today.minusDays(39), null, today.minusDays(10), "AUTOMATIC", "NO_RESPONSE");
        plain = data.learner("Plain", today.minusDays(30));
        data.record(plain, "EMP", 1, today.minusDays(20), today.minusDays(5), today.minusDays(4), "SURVEY", null);
        data.record(plain, "EDU", 5, today.minusDays(29), null, today.minusDays(4), "MANUAL", null);
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update(
                "update learner set family_name = ? where id = ?", "Tester", plain)));
        withoutRecords = data.learner("@Nobody", today.minusDays(10));
    }

    private List<DestinationExports.Column> columns() {
        return DestinationExports.columns(HEADINGS, status -> "status " + status.name().toLowerCase(),
                flag -> "flag " + flag.toLowerCase());
    }

    @Test
    void the_xlsx_has_only_text_cells_and_hostile_names_are_not_formulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.run(() -> uncheck(() -> exports.writeXlsx(ReportFilter.ALL, Set.of(), columns(), out)));

        List<String> values = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
                    String value = cell.getStringCellValue();
                    assertThat(value).as("cell %s", cell.getAddress()).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t");
                    values.add(value);
                }
            }
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Learner");
            List<String> names = IntStream.rangeClosed(1, 3).mapToObj(i -> sheet.getRow(i).getCell(2)
                    .getStringCellValue()).toList();
            assertThat(names).containsExactly("'@Nobody Tester", "Plain Tester", "'" + HOSTILE + " Tester");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).startsWith("'");
        }
        assertThat(values).contains("EMP-1, EDU-5", "OTH-3", "status no_response", "flag no_response");
    }

    @Test
    void the_csv_is_utf8_with_a_bom_quoted_per_rfc_4180_and_neutralises_formulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.run(() -> uncheck(() -> exports.writeCsv(ReportFilter.ALL, Set.of(hostile, plain), columns(),
                out)));
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(String.join(",", HEADINGS));
        assertThat(lines[1]).contains(",Plain Tester,").contains(",\"EMP-1, EDU-5\",");
        assertThat(lines[2]).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") Tester\",");
        assertThat(csv).doesNotContain(",=").doesNotContain(",\"=").doesNotContain("@Nobody");
    }

    @Test
    void the_report_file_is_named_by_the_uk_calendar_day() {
        assertThat(exports.reportFileName("csv")).isEqualTo("destinations-" + today + ".csv");
    }

    @Test
    void the_neutraliser_prefixes_exactly_the_dangerous_first_characters() {
        assertThat(List.of("=1", "+1", "-1", "@a", "\tx", "\rx").stream().map(app.waymark.base.io.SpreadsheetText::neutralise))
                .containsExactly("'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx");
        assertThat(app.waymark.base.io.SpreadsheetText.neutralise("a=1")).isEqualTo("a=1");
        assertThat(app.waymark.base.io.SpreadsheetText.neutralise(null)).isEmpty();
        assertThat(app.waymark.base.io.SpreadsheetText.csvField("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(app.waymark.base.io.SpreadsheetText.csvField("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @Test
    void the_ilr_xml_holds_one_destination_entity_per_selected_learner_in_the_2023_24_namespace() throws Exception {
        UUID leaver = data.learner("Plain", LocalDate.of(2024, 5, 31));
        data.record(leaver, "EMP", 1, LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 5), LocalDate.of(2024, 7, 6),
                "SURVEY", null);
        data.record(leaver, "EDU", 5, LocalDate.of(2024, 6, 1), null, LocalDate.of(2024, 7, 6), "MANUAL", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.run(() -> uncheck(() -> exports.writeIlrXml(ReportFilter.ALL, Set.of(leaver, withoutRecords),
                out)));
        String ukprn = provider.call(() -> tenants.currentTenantUkprn().orElseThrow());

        Element message = parse(out);
        assertThat(message.getLocalName()).isEqualTo("Message");
        assertThat(message.getNamespaceURI()).isEqualTo("ESFA/ILR/2023-24");
        assertThat(children(message)).containsExactly("Header", "LearningProvider",
                "LearnerDestinationandProgression");
        Element header = child(message, "Header");
        assertThat(children(header)).containsExactly("CollectionDetails", "Source");
        assertThat(text(child(header, "CollectionDetails"), "Year")).isEqualTo("2324");
        assertThat(text(child(header, "Source"), "UKPRN")).isEqualTo(ukprn);
        assertThat(text(child(message, "LearningProvider"), "UKPRN")).isEqualTo(ukprn);

        Element learner = child(message, "LearnerDestinationandProgression");
        assertThat(children(learner)).containsExactly("LearnRefNumber", "ULN", "DPOutcome", "DPOutcome");
        assertThat(text(learner, "LearnRefNumber")).isEqualTo(leaver.toString().substring(24));
        assertThat(text(learner, "ULN")).isEqualTo("9999999999");
        NodeList outcomes = learner.getElementsByTagNameNS("ESFA/ILR/2023-24", "DPOutcome");
        Element edu = (Element) outcomes.item(0);
        assertThat(children(edu)).containsExactly("OutType", "OutCode", "OutStartDate", "OutCollDate");
        assertThat(text(edu, "OutType")).isEqualTo("EDU");
        assertThat(text(edu, "OutCode")).isEqualTo("5");
        assertThat(text(edu, "OutStartDate")).isEqualTo("2024-06-01");
        Element emp = (Element) outcomes.item(1);
        assertThat(children(emp)).containsExactly("OutType", "OutCode", "OutStartDate", "OutEndDate",
                "OutCollDate");
        assertThat(text(emp, "OutEndDate")).isEqualTo("2024-07-05");
        assertThat(text(emp, "OutCollDate")).isEqualTo("2024-07-06");
        assertThat(provider.call(() -> exports.ilrFileName())).matches("ILR-" + ukprn + "-2324-\\d{8}-\\d{6}-01\\.XML");
    }

    /**
     * Issue 19 rule 1: the ILR had no destination entity from 2024-25, so a learner who left after 31 July 2024 has
     * no place in the 2023-24 file, nor has a record collected after the final 2023-24 return (R14) closed on
     * 17 October 2024. Both boundaries are in the file.
     */
    @Test
    void rule_1_the_ilr_2023_24_file_leaves_out_2024_25_leavers_and_records_collected_after_the_r14_close()
            throws Exception {
        UUID lastDayLeaver = data.learner("LastDay", LocalDate.of(2024, 7, 31));
        data.record(lastDayLeaver, "EMP", 1, LocalDate.of(2024, 8, 5), null, LocalDate.of(2024, 10, 17), "SURVEY",
                null);
        data.record(lastDayLeaver, "EDU", 5, LocalDate.of(2024, 8, 5), null, LocalDate.of(2024, 10, 18), "MANUAL",
                null);
        UUID earlierLeaver = data.learner("Earlier", LocalDate.of(2023, 6, 30));
        data.record(earlierLeaver, "VOL", 1, LocalDate.of(2023, 7, 10), null, LocalDate.of(2023, 8, 1), "SURVEY",
                null);
        UUID nextYearLeaver = data.learner("NextYear", LocalDate.of(2024, 8, 1));
        data.record(nextYearLeaver, "EMP", 1, LocalDate.of(2024, 8, 20), null, LocalDate.of(2024, 9, 1), "SURVEY",
                null);
        data.record(nextYearLeaver, "NPE", 1, LocalDate.of(2024, 8, 2), LocalDate.of(2024, 8, 19),
                LocalDate.of(2024, 9, 1), "SURVEY", null);
        Set<UUID> selected = Set.of(lastDayLeaver, earlierLeaver, nextYearLeaver);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.run(() -> uncheck(() -> exports.writeIlrXml(ReportFilter.ALL, selected, out)));

        Element message = parse(out);
        assertThat(message.getNamespaceURI()).isEqualTo("ESFA/ILR/2023-24");
        assertThat(text(child(child(message, "Header"), "CollectionDetails"), "Year")).isEqualTo("2324");
        Map<String, List<String>> outcomesByLearner = new HashMap<>();
        NodeList learners = message.getElementsByTagNameNS("ESFA/ILR/2023-24", "LearnerDestinationandProgression");
        for (int i = 0; i < learners.getLength(); i++) {
            Element learner = (Element) learners.item(i);
            NodeList outcomes = learner.getElementsByTagNameNS("ESFA/ILR/2023-24", "DPOutcome");
            List<String> labels = new ArrayList<>();
            for (int o = 0; o < outcomes.getLength(); o++) {
                Element outcome = (Element) outcomes.item(o);
                labels.add(text(outcome, "OutType") + "-" + text(outcome, "OutCode") + " collected "
                        + text(outcome, "OutCollDate"));
            }
            outcomesByLearner.put(text(learner, "LearnRefNumber"), labels);
        }
        assertThat(outcomesByLearner).containsOnly(
                Map.entry(lastDayLeaver.toString().substring(24), List.of("EMP-1 collected 2024-10-17")),
                Map.entry(earlierLeaver.toString().substring(24), List.of("VOL-1 collected 2023-08-01")));

        DestinationReport.IlrSummary summary = provider.call(() -> exports.ilrSummary(ReportFilter.ALL, selected));
        assertThat(summary).isEqualTo(new DestinationReport.IlrSummary(2, 2, 2, 1, 1, 1));

        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        provider.run(() -> uncheck(() -> exports.writeNotInIlrCsv(ReportFilter.ALL, selected,
                "Why", reason -> "because " + reason.name(), rest)));
        byte[] bytes = rest.toByteArray();
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("LearnRefNumber,ULN,LeavingDate,OutType,OutCode,OutStartDate,OutEndDate,"
                + "OutCollDate,Why");
        assertThat(List.of(lines).subList(1, lines.length)).containsExactlyInAnyOrder(
                lastDayLeaver.toString().substring(24) + ",9999999999,2024-07-31,EDU,5,2024-08-05,,2024-10-18,"
                        + "because COLLECTED_AFTER_CLOSE",
                nextYearLeaver.toString().substring(24) + ",9999999999,2024-08-01,NPE,1,2024-08-02,2024-08-19,"
                        + "2024-09-01,because LEFT_AFTER_2023_24",
                nextYearLeaver.toString().substring(24) + ",9999999999,2024-08-01,EMP,1,2024-08-20,,2024-09-01,"
                        + "because LEFT_AFTER_2023_24");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        provider.run(() -> uncheck(() -> exports.writeNotInIlrXlsx(ReportFilter.ALL, selected,
                "Why", reason -> "because " + reason.name(), xlsx)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Why");
        }
    }

    /** LocalDateTime.toString() drops zero seconds ("...T10:15"), which is not an xs:dateTime. */
    @Test
    void rule_1_the_header_date_time_is_an_xs_date_time_with_seconds_at_zero_seconds() throws Exception {
        Instant now = clock.instant();
        clock.advance(Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.run(() -> uncheck(() -> exports.writeIlrXml(ReportFilter.ALL, Set.of(plain), out)));

        String dateTime = text(child(child(parse(out), "Header"), "Source"), "DateTime");
        assertThat(dateTime).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00");
        XMLGregorianCalendar parsed = DatatypeFactory.newInstance().newXMLGregorianCalendar(dateTime);
        assertThat(parsed.getXMLSchemaType()).isEqualTo(DatatypeConstants.DATETIME);
        assertThat(parsed.isValid()).isTrue();
    }

    private static Element parse(ByteArrayOutputStream out) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        return document.getDocumentElement();
    }

    private static List<String> children(Element element) {
        List<String> names = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                assertThat(child.getNamespaceURI()).isEqualTo("ESFA/ILR/2023-24");
                names.add(child.getLocalName());
            }
        }
        return names;
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS("ESFA/ILR/2023-24", name).item(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    interface IoWork {
        void run() throws Exception;
    }

    private static void uncheck(IoWork work) {
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
