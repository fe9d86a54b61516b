package app.waymark.destination;

import app.waymark.base.io.SpreadsheetFiles;
import app.waymark.base.security.Permission;
import app.waymark.tenant.TenantService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The destination report's exports: XLSX and CSV of the report rows, and the learners' destination records as ILR
 * 2023-24 {@code LearnerDestinationandProgression} XML (the last year the ILR carried them, DOMAIN.md section 2).
 * <p>
 * Spreadsheet cells are never formulas: any text a spreadsheet could take for one (starting with = + - @, tab or
 * carriage return) gets a leading apostrophe, and XLSX cells are all written as text.
 */
@Service
@PreAuthorize("hasRole('" + Permission.REPORTS_VIEW + "')")
public class DestinationExports {

    public static final String XLSX_TYPE = SpreadsheetFiles.XLSX_TYPE;
    public static final String CSV_TYPE = SpreadsheetFiles.CSV_TYPE;
    public static final String XML_TYPE = "application/xml";
    public static final String ILR_NAMESPACE = "ESFA/ILR/2023-24";
    /** xs:dateTime with seconds always written: LocalDateTime.toString() leaves out zero seconds. */
    private static final DateTimeFormatter XS_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** Column headings, then how each row fills them (all text). */
    public record Column(String heading, Function<DestinationReport.ReportRow, String> value) {
    }

    private final DestinationReport report;
    private final TenantService tenants;
    private final Clock clock;

    DestinationExports(DestinationReport report, TenantService tenants, Clock clock) {
        this.report = report;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * The report's columns, headed with {@code headings} in this order; statuses and flags are written as
     * {@code statusLabel} and {@code flagLabel} name them (all three translated by the caller).
     */
    public static List<Column> columns(List<String> headings,
                                       Function<DestinationReport.ReportStatus, String> statusLabel,
                                       Function<String, String> flagLabel) {
        List<Function<DestinationReport.ReportRow, String>> values = List.of(
                DestinationReport.ReportRow::learnRefNumber, DestinationReport.ReportRow::uln,
                DestinationReport.ReportRow::name, r -> iso(r.leavingDate()), r -> iso(r.surveySent()),
                r -> r.status() == null ? "" : statusLabel.apply(r.status()), r -> iso(r.answeredAt()),
                r -> Objects.toString(r.outcomes(), ""),
                r -> r.flagged() ? Arrays.stream(r.flags().split(", ")).map(flagLabel)
                        .collect(Collectors.joining(", ")) : "");
        if (headings.size() != values.size()) {
            throw new IllegalArgumentException("expected " + values.size() + " headings");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            columns.add(new Column(headings.get(i), values.get(i)));
        }
        return columns;
    }

    @Transactional(readOnly = true)
    public void writeXlsx(DestinationReport.ReportFilter filter, Collection<UUID> learnerIds, List<Column> columns,
                          OutputStream out) throws IOException {
        SpreadsheetFiles.writeXlsx("Destinations", headings(columns), reportRows(filter, learnerIds, columns), out);
    }

    /** CSV per RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so Excel reads it as UTF-8. */
    @Transactional(readOnly = true)
    public void writeCsv(DestinationReport.ReportFilter filter, Collection<UUID> learnerIds, List<Column> columns,
                         OutputStream out) throws IOException {
        SpreadsheetFiles.writeCsv(headings(columns), reportRows(filter, learnerIds, columns), out);
    }

    private static List<String> headings(List<Column> columns) {
        return columns.stream().map(Column::heading).toList();
    }

    private SpreadsheetFiles.Rows reportRows(DestinationReport.ReportFilter filter, Collection<UUID> learnerIds,
                                             List<Column> columns) {
        return writer -> {
            try {
                report.forEach(filter, learnerIds, row -> {
                    try {
                        writer.write(columns.stream().map(c -> c.value().apply(row)).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    /**
     * The filter's learners' destination records (restricted to {@code learnerIds} unless empty) that belong to ILR
     * 2023-24 or earlier (see {@link IlrExclusion}, decision 0042) as an ILR 2023-24 file holding only
     * {@code LearnerDestinationandProgression} entities. Learners without such records are left out: the entity needs
     * at least one outcome.
     */
    @Transactional(readOnly = true)
    public void writeIlrXml(DestinationReport.ReportFilter filter, Collection<UUID> learnerIds, OutputStream out)
            throws IOException {
        String ukprn = tenants.currentTenantUkprn().orElse("");
        LocalDateTime now = LocalDateTime.now(clock.withZone(DestinationReport.LONDON)).withNano(0);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ILR_NAMESPACE);
            xml.writeStartElement(ILR_NAMESPACE, "Message");
            xml.writeDefaultNamespace(ILR_NAMESPACE);
            xml.writeStartElement(ILR_NAMESPACE, "Header");
            xml.writeStartElement(ILR_NAMESPACE, "CollectionDetails");
            element(xml, "Collection", "ILR");
            element(xml, "Year", "2324");
            element(xml, "FilePreparationDate", now.toLocalDate().toString());
            xml.writeEndElement();
            xml.writeStartElement(ILR_NAMESPACE, "Source");
            element(xml, "ProtectiveMarking", "OFFICIAL-SENSITIVE-Personal");
            element(xml, "UKPRN", ukprn);
            element(xml, "SoftwareSupplier", "Waymark");
            element(xml, "SoftwarePackage", "Waymark");
            element(xml, "Release", "1");
            element(xml, "SerialNo", "01");
            element(xml, "DateTime", now.format(XS_DATE_TIME));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(ILR_NAMESPACE, "LearningProvider");
            element(xml, "UKPRN", ukprn);
            xml.writeEndElement();
            UUID[] current = new UUID[1];
            report.forEachIlrRecord(filter, learnerIds, true, ilr -> {
                DestinationReport.LearnerRecord record = ilr.record();
                try {
                    if (!record.learnerId().equals(current[0])) {
                        if (current[0] != null) {
                            xml.writeEndElement();
                        }
                        current[0] = record.learnerId();
                        xml.writeStartElement(ILR_NAMESPACE, "LearnerDestinationandProgression");
                        element(xml, "LearnRefNumber", record.learnRefNumber());
                        element(xml, "ULN", record.uln());
                    }
                    Outcome outcome = record.outcome();
                    xml.writeStartElement(ILR_NAMESPACE, "DPOutcome");
                    element(xml, "OutType", outcome.type().name());
                    element(xml, "OutCode", Integer.toString(outcome.code()));
                    element(xml, "OutStartDate", outcome.startDate().toString());
                    if (outcome.endDate() != null) {
                        element(xml, "OutEndDate", outcome.endDate().toString());
                    }
                    element(xml, "OutCollDate", outcome.collectionDate().toString());
                    xml.writeEndElement();
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (current[0] != null) {
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the ILR file", e);
        }
    }

    /** How many of the filter's learners' records are in the ILR 2023-24 file, and how many are left out and why. */
    public DestinationReport.IlrSummary ilrSummary(DestinationReport.ReportFilter filter,
                                                   Collection<UUID> learnerIds) {
        return report.ilrSummary(filter, learnerIds);
    }

    /**
     * The filter's learners' records that are not in the ILR 2023-24 file, one line each under the ILR's field
     * names, with the learner's leaving date and the reason ({@code reasonLabel}, translated by the caller).
     */
    @Transactional(readOnly = true)
    public void writeNotInIlrCsv(DestinationReport.ReportFilter filter, Collection<UUID> learnerIds,
                                 String reasonHeading, Function<IlrExclusion, String> reasonLabel, OutputStream out)
            throws IOException {
        SpreadsheetFiles.writeCsv(notInIlrHeadings(reasonHeading), notInIlr(filter, learnerIds, reasonLabel), out);
    }

    /** As {@link #writeNotInIlrCsv}, as XLSX. */
    @Transactional(readOnly = true)
    public void writeNotInIlrXlsx(DestinationReport.ReportFilter filter, Collection<UUID> learnerIds,
                                  String reasonHeading, Function<IlrExclusion, String> reasonLabel, OutputStream out)
            throws IOException {
        SpreadsheetFiles.writeXlsx("Not in the ILR file", notInIlrHeadings(reasonHeading),
                notInIlr(filter, learnerIds, reasonLabel), out);
    }

    private static List<String> notInIlrHeadings(String reasonHeading) {
        return List.of("LearnRefNumber", "ULN", "LeavingDate", "OutType", "OutCode", "OutStartDate", "OutEndDate",
                "OutCollDate", reasonHeading);
    }

    private SpreadsheetFiles.Rows notInIlr(DestinationReport.ReportFilter filter, Collection<UUID> learnerIds,
                                           Function<IlrExclusion, String> reasonLabel) {
        return writer -> {
            try {
                report.forEachIlrRecord(filter, learnerIds, false, ilr -> {
                    Outcome outcome = ilr.record().outcome();
                    try {
                        writer.write(List.of(ilr.record().learnRefNumber(), Objects.toString(ilr.record().uln(), ""),
                                iso(ilr.leavingDate()), outcome.type().name(), Integer.toString(outcome.code()),
                                iso(outcome.startDate()), iso(outcome.endDate()), iso(outcome.collectionDate()),
                                reasonLabel.apply(ilr.exclusion())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    /** The report file's name, dated by the UK calendar: {@code destinations-<yyyy-mm-dd>.<extension>}. */
    public String reportFileName(String extension) {
        return "destinations-" + LocalDate.now(clock.withZone(DestinationReport.LONDON)) + "." + extension;
    }

    /** The file of records not in the ILR file: {@code destinations-not-in-ilr-<yyyy-mm-dd>.<extension>}. */
    public String notInIlrFileName(String extension) {
        return "destinations-not-in-ilr-" + LocalDate.now(clock.withZone(DestinationReport.LONDON)) + "." + extension;
    }

    /** The ILR file name: {@code ILR-<UKPRN>-2324-<yyyymmdd>-<hhmmss>-01.XML}. */
    public String ilrFileName() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(DestinationReport.LONDON));
        return "ILR-" + tenants.currentTenantUkprn().orElse("00000000") + "-2324-"
                + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-01.XML";
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ILR_NAMESPACE, name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(DestinationReport.LONDON).toLocalDate().toString();
    }
}
