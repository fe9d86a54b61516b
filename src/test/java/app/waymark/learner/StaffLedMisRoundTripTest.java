package app.waymark.learner;

import app.waymark.IntegrationTest;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.ilr.ImportReport;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The MIS round trip of the staff-led effects (decisions 0029 and 0050): a processed change of employer (a new
 * employment status record) and return to learning (a restart aim with the RES LearningDeliveryFAM) are kept over a
 * file prepared before processing that lacks them, with the import report and the tracker saying so, and become
 * "in the MIS" when a file holds them.
 */
class StaffLedMisRoundTripTest extends IntegrationTest {

    private static final String UKPRN = "10004567";
    private static final String DOMAIN = "@riverside.example";
    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 8);
    private static final LocalDate FIRST_JOB = LocalDate.of(2024, 8, 1);
    private static final LocalDate NEW_JOB = LocalDate.of(2026, 3, 2);
    private static final LocalDate START = LocalDate.of(2024, 9, 2);
    private static final LocalDate PLANNED_END = LocalDate.of(2026, 6, 30);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);
    private static final LocalDate RESTART = LocalDate.of(2026, 6, 1);
    private static final String NEW_EMPLOYMENT = "Employment status from 02/03/2026";

    @Autowired
    IlrImportService imports;
    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;
    @Autowired
    MisChanges misChanges;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path directory;

    private final String ref = MisTestFiles.uniqueRef("SLM");

    @Test
    void a_change_of_employer_is_kept_over_an_older_file_without_it_and_in_the_mis_once_a_file_holds_it()
            throws IOException {
        UUID learner = importLearner(new IlrFile(LONG_AGO).employment(FIRST_JOB, 123456789L)
                .aim(1, START, null, 1, null, null, null));
        String reference = process(TrackerType.CHANGE_OF_EMPLOYER, learner,
                new RecordChange.EmployerChange(NEW_JOB, 987654321L, new BigDecimal("30")));
        signIn("mis" + DOMAIN);
        assertThat(misChanges.find(new MisChangeFilter(MisState.TO_KEY, ref), 0, 50))
                .extracting(MisChange::record, MisChange::field, MisChange::after)
                .containsExactlyInAnyOrder(tuple(NEW_EMPLOYMENT, "EmpStat", "10"),
                        tuple(NEW_EMPLOYMENT, "DateEmpStatApp", "02/03/2026"),
                        tuple(NEW_EMPLOYMENT, "EmpId", "987654321"));

        ImportReport older = importFile(new IlrFile(changedOn()).telNo("07700900777")
                .employment(FIRST_JOB, 123456789L).aim(1, START, null, 1, null, null, null));

        assertThat(older.misRoundTrip().kept()).extracting(MisSettlement::record, MisSettlement::field)
                .containsExactlyInAnyOrder(tuple(NEW_EMPLOYMENT, "EmpStat"), tuple(NEW_EMPLOYMENT, "DateEmpStatApp"),
                        tuple(NEW_EMPLOYMENT, "EmpId"));
        assertThat(employment(learner)).containsExactly("2024-08-01 10 123456789 null",
                "2026-03-02 10 987654321 30.00");
        assertThat(misChanges.stateOf(reference)).contains(MisState.TO_KEY);
        assertThat(misChanges.ofReference(reference)).as("the tracker names the import that kept each field")
                .allSatisfy(change -> assertThat(change.keptByImport()).isEqualTo(older.id()));

        ImportReport holding = importFile(new IlrFile(changedOn().plusDays(1)).employment(FIRST_JOB, 123456789L)
                .employment(NEW_JOB, 987654321L).aim(1, START, null, 1, null, null, null));

        assertThat(holding.misRoundTrip().keyed()).isEqualTo(3);
        assertThat(holding.misKept()).isZero();
        assertThat(misChanges.stateOf(reference)).contains(MisState.IN_MIS);
        assertThat(employment(learner)).as("the paid hours a week, which the ILR cannot carry, stay")
                .containsExactly("2024-08-01 10 123456789 null", "2026-03-02 10 987654321 30.00");
    }

    @Test
    void a_return_to_learning_is_kept_over_an_older_file_without_it_and_in_the_mis_once_a_file_holds_it()
            throws IOException {
        UUID learner = importLearner(onABreak(LONG_AGO));
        String reference = process(TrackerType.RETURN_TO_LEARNING, learner,
                new RecordChange.ReturnToLearning(RESTART, null));
        LocalDate restartEnd = plannedEnd(learner, 2);
        signIn("mis" + DOMAIN);
        assertThat(misChanges.find(new MisChangeFilter(MisState.TO_KEY, ref), 0, 50)).extracting(MisChange::field)
                .contains("AimSeqNumber", "OrigLearnStartDate", "LearningDeliveryFAM RES");

        ImportReport older = importFile(onABreak(changedOn()).telNo("07700900777"));

        assertThat(older.misRoundTrip().kept()).extracting(MisSettlement::record).containsOnly("New aim 2 60311046");
        assertThat(older.misRoundTrip().kept()).filteredOn(line -> line.field().equals("LearningDeliveryFAM RES"))
                .singleElement().satisfies(line -> {
                    assertThat(line.waymarkValue()).isEqualTo("1");
                    assertThat(line.fileValue()).isNull();
                });
        assertThat(aims(learner)).containsExactly("1 6 2026-03-31 []", "2 1 null [RES 1]");
        assertThat(programmeStatus(learner)).isEqualTo(ProgrammeStatus.CONTINUING);
        assertThat(misChanges.stateOf(reference)).contains(MisState.TO_KEY);

        ImportReport holding = importFile(onABreak(changedOn().plusDays(1))
                .aim(2, RESTART, START, 1, null, restartEnd, "RES"));

        assertThat(holding.misKept()).isZero();
        assertThat(holding.misSuperseded()).isZero();
        assertThat(misChanges.stateOf(reference)).contains(MisState.IN_MIS);
        signIn("mis" + DOMAIN);
        assertThat(misChanges.count(new MisChangeFilter(MisState.TO_KEY, ref))).isZero();
        assertThat(aims(learner)).containsExactly("1 6 2026-03-31 []", "2 1 null [RES 1]");
    }

    @Test
    void a_restart_aim_in_an_older_file_without_the_restart_fam_gets_waymarks_fam_and_says_so() throws IOException {
        UUID learner = importLearner(onABreak(LONG_AGO));
        String reference = process(TrackerType.RETURN_TO_LEARNING, learner,
                new RecordChange.ReturnToLearning(RESTART, null));
        LocalDate restartEnd = plannedEnd(learner, 2);

        ImportReport older = importFile(onABreak(changedOn()).telNo("07700900777")
                .aim(2, RESTART, START, 1, null, restartEnd, null));

        assertThat(older.misRoundTrip().kept()).extracting(MisSettlement::field)
                .containsExactly("LearningDeliveryFAM RES");
        assertThat(older.misRoundTrip().keyed()).as("the fields the file holds are in the MIS").isPositive();
        assertThat(aims(learner)).containsExactly("1 6 2026-03-31 []", "2 1 null [RES 1]");
        assertThat(misChanges.ofReference(reference)).filteredOn(change -> change.state() == MisState.TO_KEY)
                .singleElement().satisfies(change -> {
                    assertThat(change.field()).isEqualTo("LearningDeliveryFAM RES");
                    assertThat(change.keptByImport()).isEqualTo(older.id());
                });
    }

    @Test
    void a_break_in_learning_is_kept_over_an_older_file_and_in_the_mis_once_a_file_holds_it() throws IOException {
        UUID learner = importLearner(new IlrFile(LONG_AGO).employment(FIRST_JOB, 123456789L)
                .aim(1, START, null, 1, null, null, null));
        String reference = process(TrackerType.BREAK_IN_LEARNING, learner,
                new RecordChange.BreakInLearning(LAST_DAY));

        ImportReport older = importFile(new IlrFile(changedOn()).telNo("07700900777")
                .employment(FIRST_JOB, 123456789L).aim(1, START, null, 1, null, null, null));

        assertThat(older.misRoundTrip().kept()).extracting(MisSettlement::field)
                .containsExactlyInAnyOrder("CompStatus", "LearnActEndDate", "Outcome");
        assertThat(aims(learner)).containsExactly("1 6 2026-03-31 []");
        assertThat(programmeStatus(learner)).isEqualTo(ProgrammeStatus.ON_A_BREAK);

        importFile(onABreak(changedOn().plusDays(1)));
        assertThat(misChanges.stateOf(reference)).contains(MisState.IN_MIS);
    }

    /** The learner's one aim on a break from 31 March 2026 (CompStatus 6, Outcome 3). */
    private IlrFile onABreak(LocalDate preparedOn) {
        return new IlrFile(preparedOn).employment(FIRST_JOB, 123456789L).aim(1, START, null, 6, LAST_DAY, null, null);
    }

    private String process(TrackerType type, UUID learner, RecordChange change) {
        signIn("tracker-create" + DOMAIN);
        UUID tracker = trackers.raise(new RaiseRequest(type, learner, change, null, null, null, null, null));
        signIn("tracker-preauthorise" + DOMAIN);
        trackers.preAuthorise(tracker, trackers.details(tracker).orElseThrow().version());
        signIn("tracker-process" + DOMAIN);
        var page = trackers.details(tracker).orElseThrow();
        assertThat(page.preview().blockers()).isEmpty();
        trackers.process(tracker, page.version(), Map.of());
        var processed = trackers.details(tracker).orElseThrow().summary();
        assertThat(processed.status()).isEqualTo(TrackerStatus.PROCESSED);
        return "Tracker T-" + processed.number();
    }

    private UUID importLearner(IlrFile file) throws IOException {
        assertThat(importFile(file).created()).isEqualTo(1);
        return learners.find(new LearnerFilter(ref, null, null, null, null), 0, 1, Sort.unsorted()).getFirst().id();
    }

    private ImportReport importFile(IlrFile file) throws IOException {
        signIn("mis" + DOMAIN);
        Path path = directory.resolve("ILR-" + ref + "-" + UUID.randomUUID() + ".xml");
        Files.writeString(path, file.xml());
        ImportReport report = imports.importFile(path, path.getFileName().toString(), progress -> { });
        assertThat(report.status()).as(report.problems().toString()).isEqualTo(IlrImportStatus.APPLIED);
        return report;
    }

    /** The UK day the change was processed: a file prepared that day counts as prepared before it. */
    private LocalDate changedOn() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    /** Each employment record as "date EmpStat EmpId hours". */
    private List<String> employment(UUID learner) {
        return sql(() -> jdbc.queryForList("""
                select date_emp_stat_app || ' ' || emp_stat || ' ' || coalesce(emp_id::text, 'null') || ' '
                    || coalesce(weekly_hours::text, 'null')
                from employment_status where learner_id = ? order by date_emp_stat_app""", String.class, learner));
    }

    /** Each aim as "AimSeqNumber CompStatus LearnActEndDate [FAMs]". */
    private List<String> aims(UUID learner) {
        return sql(() -> jdbc.query("""
                select aim_seq_number, comp_status, learn_act_end_date, fams::text from learning_delivery
                where learner_id = ? order by aim_seq_number""", (row, n) -> row.getInt(1) + " " + row.getInt(2)
                + " " + row.getObject(3, LocalDate.class) + " " + fams(row.getString(4)), learner));
    }

    private static String fams(String json) {
        return AimFams.read(json).stream().map(fam -> fam.type() + " " + fam.code())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private LocalDate plannedEnd(UUID learner, int aimSeqNumber) {
        return sql(() -> jdbc.queryForObject(
                "select learn_plan_end_date from learning_delivery where learner_id = ? and aim_seq_number = ?",
                LocalDate.class, learner, aimSeqNumber));
    }

    private ProgrammeStatus programmeStatus(UUID learner) {
        signIn("tracker-process" + DOMAIN);
        return learners.find(new LearnerFilter(ref, null, null, null, null), 0, 1, Sort.unsorted()).getFirst()
                .programmeStatus();
    }

    private <T> T sql(Supplier<T> work) {
        signIn("mis" + DOMAIN);
        return transactions.execute(status -> work.get());
    }

    /** A 2025-26 ILR file of the test's one learner (Riverside), with the employment records and aims given. */
    private final class IlrFile {

        private final LocalDate preparedOn;
        private String telNo = "07700900555";
        private final StringBuilder employment = new StringBuilder();
        private final StringBuilder aims = new StringBuilder();

        IlrFile(LocalDate preparedOn) {
            this.preparedOn = preparedOn;
        }

        /** Another telephone number, so the learner differs from the last import and is rewritten from the file. */
        IlrFile telNo(String telNo) {
            this.telNo = telNo;
            return this;
        }

        IlrFile employment(LocalDate from, long empId) {
            employment.append("""
                    <LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>%s</DateEmpStatApp>
                      <EmpId>%d</EmpId></LearnerEmploymentStatus>
                    """.formatted(from, empId));
            return this;
        }

        /** Aim 60311046 numbered {@code seq}; a restart has an original start; an end date with Outcome 3. */
        IlrFile aim(int seq, LocalDate start, LocalDate originalStart, int compStatus, LocalDate actualEnd,
                    LocalDate plannedEnd, String famType) {
            aims.append("""
                    <LearningDelivery>
                      <LearnAimRef>60311046</LearnAimRef><AimType>4</AimType><AimSeqNumber>%d</AimSeqNumber>
                      <LearnStartDate>%s</LearnStartDate>%s<LearnPlanEndDate>%s</LearnPlanEndDate>
                      <FundModel>36</FundModel><DelLocPostCode>BR1 3RL</DelLocPostCode><CompStatus>%d</CompStatus>
                      %s%s
                    </LearningDelivery>
                    """.formatted(seq, start,
                    originalStart == null ? "" : "<OrigLearnStartDate>" + originalStart + "</OrigLearnStartDate>",
                    plannedEnd == null ? PLANNED_END : plannedEnd, compStatus,
                    actualEnd == null ? "" : "<LearnActEndDate>" + actualEnd + "</LearnActEndDate><Outcome>3</Outcome>",
                    famType == null ? "" : "<LearningDeliveryFAM><LearnDelFAMType>" + famType
                            + "</LearnDelFAMType><LearnDelFAMCode>1</LearnDelFAMCode></LearningDeliveryFAM>"));
            return this;
        }

        String xml() {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Message xmlns="ESFA/ILR/2025-26">
                      <Header>
                        <CollectionDetails><Collection>ILR</Collection><Year>2526</Year>
                          <FilePreparationDate>%s</FilePreparationDate></CollectionDetails>
                        <Source><ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking><UKPRN>%s</UKPRN>
                          <SoftwareSupplier>Test</SoftwareSupplier><SoftwarePackage>Test</SoftwarePackage>
                          <Release>1</Release><SerialNo>01</SerialNo><DateTime>%sT09:14:05</DateTime></Source>
                      </Header>
                      <LearningProvider><UKPRN>%s</UKPRN></LearningProvider>
                      <Learner>
                        <LearnRefNumber>%s</LearnRefNumber><ULN>1061484466</ULN>
                        <FamilyName>Round</FamilyName><GivenNames>Robin</GivenNames>
                        <DateOfBirth>2001-02-27</DateOfBirth>
                        <Ethnicity>31</Ethnicity><Sex>F</Sex><LLDDHealthProb>2</LLDDHealthProb>
                        <Postcode>BR1 7SS</Postcode><AddLine1>1 The Street</AddLine1><TelNo>%s</TelNo>
                        <Email>robin.round@example.org</Email>
                        %s%s
                      </Learner>
                    </Message>
                    """.formatted(preparedOn, UKPRN, preparedOn, UKPRN, ref, telNo, employment, aims);
        }
    }
}
