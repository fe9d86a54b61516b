package app.waymark.learner;

import app.waymark.IntegrationTest;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.ilr.ImportReport;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The MIS round trip (decision 0029): a processed tracker's fields are listed to key into the MIS, and the next ILR
 * imports settle them by comparing the file's values and its preparation date with the change.
 */
class MisRoundTripTest extends IntegrationTest {

    private static final String UKPRN = "10004567";
    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 8);

    @Autowired
    IlrImportService imports;
    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;
    @Autowired
    MisChanges misChanges;
    @Autowired
    MisChangeExports exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @TempDir
    Path directory;

    private String ref;
    private UUID learner;

    /** A learner of Riverside's MIS at 1 The Street, BR1 7SS, whose address a processed tracker then changes. */
    @BeforeEach
    void importTheLearner() throws IOException {
        ref = MisTestFiles.uniqueRef("MIS");
        ImportReport first = importFile(LONG_AGO, "1 The Street", "BR1 7SS", "07700900555");
        assertThat(first.created()).isEqualTo(1);
        learner = learners.find(new LearnerFilter(ref, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
    }

    @Test
    void a_processed_address_change_is_listed_field_by_field_to_key_into_the_mis() {
        String reference = processAddressChange("9 Orchard Row", "LS6 2AB");

        signIn("mis@riverside.example");
        List<MisChange> listed = misChanges.find(new MisChangeFilter(MisState.TO_KEY, ref), 0, 50);
        assertThat(listed).extracting(MisChange::field).containsExactlyInAnyOrder("AddLine1", "Postcode");
        assertThat(listed).allSatisfy(change -> {
            assertThat(change.record()).isEqualTo("Learner");
            assertThat(change.reference()).isEqualTo(reference);
            assertThat(change.learnRefNumber()).isEqualTo(ref);
            assertThat(change.learnerName()).isEqualTo("Robin Round");
            assertThat(change.changedBy()).isNotBlank();
        });
        assertThat(listed).filteredOn(change -> change.field().equals("Postcode")).singleElement()
                .satisfies(change -> {
                    assertThat(change.before()).isEqualTo("BR1 7SS");
                    assertThat(change.after()).isEqualTo("LS6 2AB");
                });
        assertThat(misChanges.count(new MisChangeFilter(MisState.IN_MIS, ref))).isZero();

        signIn("tracker-process@riverside.example");
        assertThat(misChanges.count(new MisChangeFilter(null, ref))).isEqualTo(2);
        assertThat(misChanges.stateOf(reference)).contains(MisState.TO_KEY);

        signIn("tutor@riverside.example");
        assertThatThrownBy(() -> misChanges.count(MisChangeFilter.TO_KEY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_import_of_a_file_prepared_before_the_change_keeps_waymarks_value_and_says_so() throws IOException {
        String reference = processAddressChange("9 Orchard Row", "LS6 2AB");

        ImportReport older = importFile(changedOn(), "1 The Street", "BR1 7SS", "07700900777");

        assertThat(older.status()).isEqualTo(IlrImportStatus.APPLIED);
        assertThat(older.updated()).isEqualTo(1);
        assertThat(older.misKept()).isEqualTo(2);
        assertThat(older.misRoundTrip().kept()).extracting(MisSettlement::field)
                .containsExactlyInAnyOrder("AddLine1", "Postcode");
        assertThat(older.misRoundTrip().kept()).filteredOn(line -> line.field().equals("Postcode")).singleElement()
                .isEqualTo(new MisSettlement(ref, "Learner", "Postcode", "LS6 2AB", "BR1 7SS", reference));
        LearnerDetails.Contact contact = learners.details(learner).orElseThrow().contact();
        assertThat(contact.addLine1()).isEqualTo("9 Orchard Row");
        assertThat(contact.postcode()).isEqualTo("LS6 2AB");
        assertThat(contact.telNo()).as("the file's other values are taken").isEqualTo("07700900777");
        assertThat(misChanges.find(new MisChangeFilter(null, ref), 0, 50)).extracting(MisChange::state)
                .containsOnly(MisState.TO_KEY);
        assertThat(misChanges.ofReference(reference)).as("the tracker can say which import kept its value")
                .filteredOn(change -> change.field().equals("Postcode")).singleElement().satisfies(change -> {
                    assertThat(change.keptByImport()).isEqualTo(older.id());
                    assertThat(change.keptAt()).isNotNull();
                    assertThat(change.keptFileValue()).isEqualTo("BR1 7SS");
                });
        assertThat(imports.history(20)).filteredOn(entry -> entry.id().equals(older.id())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.misKept()).isEqualTo(2);
                    assertThat(entry.misRoundTrip().kept()).isEqualTo(older.misRoundTrip().kept());
                });

        ImportReport again = importFile(changedOn(), "1 The Street", "BR1 7SS", "07700900777");
        assertThat(again.unchanged()).as("the same file again is not written at all").isEqualTo(1);
        assertThat(learners.details(learner).orElseThrow().contact().postcode()).isEqualTo("LS6 2AB");
    }

    @Test
    void an_import_holding_waymarks_value_marks_the_change_in_the_mis() throws IOException {
        String reference = processAddressChange("9 Orchard Row", "LS6 2AB");

        ImportReport keyed = importFile(changedOn().plusDays(1), "9 Orchard Row", "LS62AB", "07700900555");

        assertThat(keyed.misRoundTrip().keyed()).isEqualTo(2);
        assertThat(keyed.misKept()).isZero();
        assertThat(keyed.misSuperseded()).isZero();
        assertThat(misChanges.find(new MisChangeFilter(null, ref), 0, 50)).allSatisfy(change -> {
            assertThat(change.state()).isEqualTo(MisState.IN_MIS);
            assertThat(change.settledByImport()).isEqualTo(keyed.id());
            assertThat(change.settledAt()).isNotNull();
        });
        assertThat(misChanges.stateOf(reference)).contains(MisState.IN_MIS);
    }

    @Test
    void a_file_prepared_after_the_change_with_another_value_supersedes_it() throws IOException {
        String reference = processAddressChange("9 Orchard Row", "LS6 2AB");

        ImportReport newer = importFile(changedOn().plusDays(1), "5 Mill Road", "M1 1AA", "07700900555");

        assertThat(newer.misSuperseded()).isEqualTo(2);
        assertThat(newer.misRoundTrip().superseded()).filteredOn(line -> line.field().equals("AddLine1"))
                .singleElement()
                .isEqualTo(new MisSettlement(ref, "Learner", "AddLine1", "9 Orchard Row", "5 Mill Road", reference));
        LearnerDetails.Contact contact = learners.details(learner).orElseThrow().contact();
        assertThat(contact.addLine1()).isEqualTo("5 Mill Road");
        assertThat(contact.postcode()).isEqualTo("M1 1AA");
        assertThat(misChanges.find(new MisChangeFilter(MisState.SUPERSEDED, ref), 0, 50)).hasSize(2)
                .allSatisfy(change -> assertThat(change.settledByImport()).isEqualTo(newer.id()))
                .extracting(MisChange::settledValue).containsExactlyInAnyOrder("5 Mill Road", "M1 1AA");
        assertThat(misChanges.stateOf(reference)).contains(MisState.SUPERSEDED);
    }

    @Test
    void a_later_change_to_the_same_field_supersedes_the_one_not_yet_keyed() {
        String first = processAddressChange("9 Orchard Row", "LS6 2AB");
        String later = processAddressChange("11 Orchard Row", "LS6 2AB");

        signIn("mis@riverside.example");
        assertThat(misChanges.find(new MisChangeFilter(MisState.TO_KEY, ref), 0, 50))
                .extracting(MisChange::field, MisChange::after, MisChange::reference)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("AddLine1", "11 Orchard Row", later),
                        org.assertj.core.groups.Tuple.tuple("Postcode", "LS6 2AB", first));
        assertThat(misChanges.find(new MisChangeFilter(MisState.SUPERSEDED, ref), 0, 50)).singleElement()
                .satisfies(change -> {
                    assertThat(change.after()).isEqualTo("9 Orchard Row");
                    assertThat(change.settledBy()).isEqualTo(later);
                });
    }

    @Test
    void the_exports_hold_the_filtered_changes_with_formula_text_neutralised() throws IOException {
        String reference = processAddressChange("=HYPERLINK(\"x\") Row", "LS6 2AB");
        signIn("mis@riverside.example");
        List<MisChangeExports.Column> columns = List.of(
                new MisChangeExports.Column("LearnRefNumber", MisChange::learnRefNumber),
                new MisChangeExports.Column("Field", MisChange::field),
                new MisChangeExports.Column("To", MisChange::after),
                new MisChangeExports.Column("Reference", MisChange::reference));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.writeCsv(new MisChangeFilter(MisState.TO_KEY, ref), columns, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("LearnRefNumber,Field,To,Reference\r\n")
                .contains(ref + ",Postcode,LS6 2AB," + reference + "\r\n")
                .contains(ref + ",AddLine1,\"'=HYPERLINK(\"\"x\"\") Row\"," + reference + "\r\n");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.writeXlsx(new MisChangeFilter(MisState.TO_KEY, ref), columns, xlsx);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> values = new java.util.ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> values.add(cell.getStringCellValue())));
            assertThat(values).contains(ref, "LS6 2AB", "'=HYPERLINK(\"x\") Row", reference);
        }
    }

    @Test
    void an_mis_officer_marks_a_change_keyed_by_hand_on_the_audit_trail() {
        String reference = processAddressChange("9 Orchard Row", "LS6 2AB");
        signIn("tracker-process@riverside.example");
        MisChange postcode = misChanges.find(new MisChangeFilter(MisState.TO_KEY, ref), 0, 50).stream()
                .filter(change -> change.field().equals("Postcode")).findFirst().orElseThrow();
        assertThatThrownBy(() -> misChanges.markInMis(postcode.id())).isInstanceOf(AccessDeniedException.class);

        signIn("mis@riverside.example");
        misChanges.markInMis(postcode.id());

        assertThat(misChanges.find(new MisChangeFilter(MisState.IN_MIS, ref), 0, 50)).singleElement()
                .satisfies(change -> {
                    assertThat(change.id()).isEqualTo(postcode.id());
                    assertThat(change.settledBy()).isNotBlank();
                    assertThat(change.settledByImport()).isNull();
                });
        assertThat(misChanges.stateOf(reference)).as("AddLine1 is still to key").contains(MisState.TO_KEY);
        assertThatThrownBy(() -> misChanges.markInMis(postcode.id()))
                .hasMessageContaining("no longer to key");
    }

    @Test
    void an_aim_change_is_kept_over_an_older_file_and_settled_by_a_file_that_holds_it() throws IOException {
        signIn("tracker-process@riverside.example");
        // what an aim change's effect does when a tracker is processed: the aim changes and its fields are recorded
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.update("update learning_delivery set comp_status = 2, learn_act_end_date = date '2025-03-03',"
                    + " outcome = 1 where learner_id = ? and aim_seq_number = 1", learner);
            misChanges.record(learner, List.of(new FieldChange("Aim 1 60311046", "CompStatus", "1", "2"),
                    new FieldChange("Aim 1 60311046", "LearnActEndDate", null, "03/03/2025")), "Tracker T-AIM");
        });

        ImportReport older = importFile(changedOn(), "1 The Street", "BR1 7SS", "07700900777");

        assertThat(older.misRoundTrip().kept()).extracting(MisSettlement::record, MisSettlement::field)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Aim 1 60311046", "CompStatus"),
                        org.assertj.core.groups.Tuple.tuple("Aim 1 60311046", "LearnActEndDate"));
        assertThat(aim()).isEqualTo("2 2025-03-03");

        signIn("mis@riverside.example");
        Path keyed = MisTestFiles.write(directory, UKPRN, changedOn(), ref, "1 The Street", "BR1 7SS",
                "07700900777", 2, LocalDate.of(2025, 3, 3));
        ImportReport holding = imports.importFile(keyed, "keyed.xml", progress -> { });
        assertThat(holding.misRoundTrip().keyed()).isEqualTo(2);
        assertThat(misChanges.stateOf("Tracker T-AIM")).contains(MisState.IN_MIS);
        assertThat(aim()).isEqualTo("2 2025-03-03");
    }

    /** The learner's aim 1 as "CompStatus LearnActEndDate". */
    private String aim() {
        return new TransactionTemplate(transactionManager).execute(status -> jdbc.queryForObject(
                "select comp_status || ' ' || learn_act_end_date from learning_delivery where learner_id = ?",
                String.class, learner));
    }

    /** Raised by a tutor, processed by a tracker processor; returns the change's reference ("Tracker T-n"). */
    private String processAddressChange(String line1, String postcode) {
        signIn("tutor@riverside.example");
        UUID tracker = trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_ADDRESS, learner,
                new RecordChange.AddressChange(line1, null, null, null, postcode), null, null,
                "phone call from learner", null, null));
        signIn("tracker-process@riverside.example");
        trackers.process(tracker, trackers.details(tracker).orElseThrow().version(), Map.of());
        return "Tracker T-" + trackers.details(tracker).orElseThrow().summary().number();
    }

    /** The UK day the change was processed: a file prepared that day counts as prepared before it. */
    private LocalDate changedOn() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    private ImportReport importFile(LocalDate preparedOn, String addLine1, String postcode, String telNo)
            throws IOException {
        signIn("mis@riverside.example");
        Path file = MisTestFiles.write(directory, UKPRN, preparedOn, ref, addLine1, postcode, telNo);
        ImportReport report = imports.importFile(file, file.getFileName().toString(), progress -> { });
        assertThat(report.status()).as(report.problems().toString()).isEqualTo(IlrImportStatus.APPLIED);
        return report;
    }
}
