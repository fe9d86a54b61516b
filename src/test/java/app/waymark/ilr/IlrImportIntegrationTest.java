package app.waymark.ilr;

import app.waymark.IntegrationTest;
import app.waymark.base.security.Permission;
import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.learner.ProgrammeStatus;
import app.waymark.security.StaffMembers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IlrImportIntegrationTest extends IntegrationTest {

    static final Path SAMPLE = IlrSamples.FUNDER_2526;

    @Autowired
    IlrImportService imports;
    @Autowired
    LearnerService learners;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffMembers staff;

    @TempDir
    Path directory;

    @Test
    void the_funders_sample_file_loads_for_the_tenant_with_its_ukprn_and_a_second_import_changes_nothing() {
        assertThat(SAMPLE).as("the funder's sample ILR file in the repository").exists();
        signIn("mis@northfield.example");
        List<ImportProgress> progress = new ArrayList<>();

        ImportReport first = imports.importFile(SAMPLE, SAMPLE.getFileName().toString(), progress::add);
        assertThat(first.status()).as(first.problems().toString()).isEqualTo(IlrImportStatus.APPLIED);
        assertThat(first.ilrYear()).isEqualTo("2025-26");
        assertThat(first.learnersInFile()).isEqualTo(19);
        assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(19);
        assertThat(progress).last().extracting(ImportProgress::phase).isEqualTo(ImportProgress.Phase.DONE);
        long writesBefore = learnerVersionsTotal();

        ImportReport second = imports.importFile(SAMPLE, SAMPLE.getFileName().toString(), p -> { });
        assertThat(second.status()).isEqualTo(IlrImportStatus.APPLIED);
        assertThat(second.unchanged()).isEqualTo(19);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(learnerVersionsTotal()).isEqualTo(writesBefore);
        assertThat(imports.history(5)).extracting(ImportReport::id).contains(first.id(), second.id());
    }

    @Test
    void a_file_for_another_ukprn_is_rejected_naming_both_and_changes_nothing() {
        signIn("mis@riverside.example");
        long before = learners.count(LearnerFilter.none());
        ImportReport report = imports.importFile(SAMPLE, "sample.xml", p -> { });
        assertThat(report.status()).as(report.toString()).isEqualTo(IlrImportStatus.REJECTED);
        assertThat(report.problems()).extracting(ImportReport.Problem::message).contains(
                "The file is for UKPRN 99999999, but your organisation's UKPRN is 10004567");
        assertThat(learners.count(LearnerFilter.none())).isEqualTo(before);
        assertThat(imports.history(100)).filteredOn(entry -> entry.id().equals(report.id())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(IlrImportStatus.REJECTED);
                    assertThat(entry.problems()).isEqualTo(report.problems());
                });
    }

    @Test
    void names_with_apostrophes_and_accents_several_aims_and_employment_records_round_trip() throws IOException {
        signIn("mis@riverside.example");
        String ref = uniqueRef("RT");
        Path file = write("ILR-10004567-2425.xml", "2024-25", "10004567", learner(ref, "Zoë", "O'Brien-Łukasz",
                aims(2), """
                <ContactPreference><ContPrefType>RUI</ContPrefType><ContPrefCode>2</ContPrefCode></ContactPreference>
                <ContactPreference><ContPrefType>PMC</ContPrefType><ContPrefCode>3</ContPrefCode></ContactPreference>
                """));
        ImportReport report = imports.importFile(file, "ILR-10004567-2425.xml", p -> { });
        assertThat(report.status()).as(report.problems().toString()).isEqualTo(IlrImportStatus.APPLIED);

        LearnerSummary summary = only(ref);
        assertThat(summary.givenNames()).isEqualTo("Zoë");
        assertThat(summary.familyName()).isEqualTo("O'Brien-Łukasz");
        assertThat(summary.programmeStatus()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(summary.leavingDate()).hasToString("2025-06-30");
        LearnerDetails details = learners.details(summary.id()).orElseThrow();
        assertThat(details.contact().mobileE164()).isEqualTo("+447700900555");
        assertThat(details.preferences().ilrYear()).isEqualTo("2024-25");
        assertThat(details.preferences().codes()).containsExactly("PMC 3", "RUI 2");
        assertThat(details.programme().aims()).extracting(LearnerDetails.Aim::aimSeqNumber).containsExactly(1, 2);
        assertThat(details.programme().employment()).hasSize(2);
    }

    @Test
    void an_aim_missing_from_a_newer_file_is_removed_and_the_learner_counts_as_updated() throws IOException {
        signIn("mis@riverside.example");
        String ref = uniqueRef("RA");
        importOf("a.xml", "2024-25", "10004567", learner(ref, "Sam", "Lee", aims(2), ""));
        ImportReport second = importOf("b.xml", "2025-26", "10004567", learner(ref, "Sam", "Lee", aims(1), ""));

        assertThat(second.updated()).isEqualTo(1);
        LearnerDetails details = learners.details(only(ref).id()).orElseThrow();
        assertThat(details.programme().aims()).extracting(LearnerDetails.Aim::aimSeqNumber).containsExactly(1);
        assertThat(details.preferences().ilrYear()).as("2025-26 has no contact preferences: earlier ones are kept")
                .isEqualTo("2024-25");
    }

    @Test
    void a_learner_imported_from_2025_26_and_then_from_2026_27_stays_one_learner_with_the_newer_data()
            throws IOException {
        signIn("mis@riverside.example");
        String ref = uniqueRef("YR");
        importOf("y1.xml", "2025-26", "10004567", learner(ref, "Sam", "Lee", aim(1, 35, 1, ""), ""));

        ImportReport newYear = importOf("y2.xml", "2026-27", "10004567",
                learner(ref, "Sam", "Lee-Hart", aim(1, 35, 1, "") + aim(2, 39, 1, ""), ""));

        assertThat(newYear.problems()).isEmpty();
        assertThat(newYear.updated()).isEqualTo(1);
        assertThat(newYear.created()).isZero();
        LearnerSummary learner = only(ref);
        assertThat(learner.familyName()).isEqualTo("Lee-Hart");
        assertThat(learners.details(learner.id()).orElseThrow().programme().aims())
                .extracting(LearnerDetails.Aim::fundModel).containsExactly(35, 39);
    }

    @Test
    void a_problem_after_sound_learners_changes_none_of_them_and_the_next_import_applies() throws IOException {
        signIn("mis@riverside.example");
        String ref = uniqueRef("RP");
        String newRef = uniqueRef("RN");
        importOf("p1.xml", "2024-25", "10004567", learner(ref, "Pat", "Lee", aims(2), ""));
        long before = learners.count(LearnerFilter.none());

        ImportReport rejected = importOf("p2.xml", "2024-25", "10004567",
                learner(ref, "Patricia", "Lee", aims(1), "") + learner(newRef, "New", "Learner", aims(1), "")
                        + learner("BAD" + newRef, "Bad", "Uln", aims(1), "").replace("1061484466", "12"));

        assertThat(rejected.status()).isEqualTo(IlrImportStatus.REJECTED);
        assertThat(rejected.problems()).extracting(ImportReport.Problem::field).contains("ULN");
        assertThat(learners.count(LearnerFilter.none())).isEqualTo(before);
        LearnerSummary unchanged = only(ref);
        assertThat(unchanged.givenNames()).isEqualTo("Pat");
        assertThat(learners.details(unchanged.id()).orElseThrow().programme().aims()).hasSize(2);

        List<ImportProgress> progress = new ArrayList<>();
        ImportReport applied = imports.importFile(write("p3.xml", "2024-25", "10004567",
                learner(ref, "Patricia", "Lee", aims(1), "") + learner(newRef, "New", "Learner", aims(1), "")),
                "p3.xml", progress::add);
        assertThat(applied.status()).as(applied.problems().toString()).isEqualTo(IlrImportStatus.APPLIED);
        assertThat(applied.updated()).isEqualTo(1);
        assertThat(applied.created()).isEqualTo(1);
        assertThat(only(ref).givenNames()).isEqualTo("Patricia");
        assertThat(progress).extracting(p -> p.phase() + " " + p.done() + "/" + p.total())
                .startsWith("CHECKING 0/100").contains("CHECKING 100/100")
                .endsWith("APPLYING 1/5", "APPLYING 2/5", "APPLYING 3/5", "APPLYING 4/5", "APPLYING 5/5", "DONE 2/2");
    }

    @Test
    void a_changed_learner_keeps_the_primary_tutor_and_work_coach_staff_assigned() throws IOException {
        signIn("mis@riverside.example");
        String ref = uniqueRef("RS");
        importOf("s1.xml", "2025-26", "10004567", learner(ref, "Sol", "Tutored", aims(1), ""));
        UUID id = only(ref).id();
        LearnerDetails.Staff assigned = new LearnerDetails.Staff(
                staff.holding(Permission.PRIMARY_TUTOR).getFirst().id(),
                staff.holding(Permission.MONITORING_WORK).getFirst().id());
        learners.assignStaff(id, assigned);

        ImportReport changed = importOf("s2.xml", "2025-26", "10004567",
                learner(ref, "Solomon", "Tutored", aims(2), ""));

        assertThat(changed.updated()).isEqualTo(1);
        assertThat(learners.details(id).orElseThrow().staff()).isEqualTo(assigned);
    }

    @Test
    void imports_keep_the_destination_report_line_of_each_learner_who_has_left() throws IOException {
        signIn("mis@riverside.example");
        String ref = uniqueRef("RL");
        assertThat(importOf("l1.xml", "2025-26", "10004567", learner(ref, "Lee", "Line",
                aim(1, 38, 2, "2025-06-20") + aim(2, 38, 2, "2025-06-27"), "")).status())
                .isEqualTo(IlrImportStatus.APPLIED);
        UUID id = only(ref).id();
        assertThat(reportLine(id)).isEqualTo("2025-06-27 38");

        assertThat(importOf("l2.xml", "2025-26", "10004567", learner(ref, "Lee", "Line",
                aim(1, 36, 1, null), "")).status())
                .isEqualTo(IlrImportStatus.APPLIED);
        assertThat(reportLine(id)).as("back in learning: no line").isNull();

        assertThat(importOf("l3.xml", "2025-26", "10004567", learner(ref, "Lee", "Line",
                aim(1, 36, 2, "2025-07-04") + aim(2, 35, 2, "2025-05-01"), "")).status())
                .isEqualTo(IlrImportStatus.APPLIED);
        assertThat(reportLine(id)).isEqualTo("2025-07-04 35,36");
    }

    /** The learner's report line as "leaving date, funding models", or null when there is none. */
    private String reportLine(UUID learner) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(status ->
                jdbc.query("select leaving_date || ' ' || array_to_string(fund_models, ',') from destination_report_line"
                        + " where learner_id = ?", (rs, row) -> rs.getString(1), learner).stream().findFirst()
                        .orElse(null));
    }

    @Test
    void another_tenant_importing_the_same_learn_ref_numbers_gets_its_own_learners() throws IOException {
        signIn("mis@riverside.example");
        String ref = uniqueRef("SHARED");
        importOf("r.xml", "2025-26", "10004567", learner(ref, "River", "Side", aims(1), ""));
        signIn("mis@northfield.example");
        importOf("n.xml", "2025-26", "99999999", learner(ref, "North", "Field", aims(1), ""));

        assertThat(only(ref).givenNames()).isEqualTo("North");
        signIn("mis@riverside.example");
        assertThat(only(ref).givenNames()).isEqualTo("River");
    }

    /** A LearnRefNumber no other test uses: the prefix, then random letters and digits up to 10 characters. */
    private static String uniqueRef(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10 - prefix.length()).toUpperCase();
    }

    private ImportReport importOf(String name, String year, String ukprn, String learners) throws IOException {
        return imports.importFile(write(name, year, ukprn, learners), name, p -> { });
    }

    private LearnerSummary only(String ref) {
        List<LearnerSummary> found = learners.find(new LearnerFilter(ref, null, null, null, null), 0, 10, Sort.unsorted());
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private long learnerVersionsTotal() {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(
                status -> jdbc.queryForObject("select coalesce(sum(version), 0) + count(*) from learner", Long.class));
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    private Path write(String name, String year, String ukprn, String learners) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message xmlns="ESFA/ILR/%s">
                  <Header>
                    <CollectionDetails><Collection>ILR</Collection><Year>%s</Year>
                      <FilePreparationDate>2025-01-08</FilePreparationDate></CollectionDetails>
                    <Source><ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking><UKPRN>%s</UKPRN>
                      <SoftwareSupplier>Test</SoftwareSupplier><SoftwarePackage>Test</SoftwarePackage>
                      <Release>1</Release><SerialNo>01</SerialNo><DateTime>2025-01-08T09:14:05</DateTime></Source>
                  </Header>
                  <LearningProvider><UKPRN>%s</UKPRN></LearningProvider>
                  %s
                </Message>
                """.formatted(year, year.replace("-", "").substring(2), ukprn, ukprn, learners));
        return file;
    }

    private static String learner(String ref, String given, String family, String aims, String preferences) {
        return """
                <Learner>
                  <LearnRefNumber>%s</LearnRefNumber><ULN>1061484466</ULN>
                  <FamilyName>%s</FamilyName><GivenNames>%s</GivenNames><DateOfBirth>2001-02-27</DateOfBirth>
                  <Ethnicity>31</Ethnicity><Sex>F</Sex><LLDDHealthProb>2</LLDDHealthProb>
                  <Postcode>BR1 7SS</Postcode><AddLine1>1 The Street</AddLine1><TelNo>07700900555</TelNo>
                  <Email>learner@example.org</Email>
                  %s
                  <LearnerEmploymentStatus><EmpStat>11</EmpStat><DateEmpStatApp>2024-08-01</DateEmpStatApp>
                  </LearnerEmploymentStatus>
                  <LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2024-10-01</DateEmpStatApp>
                    <EmpId>123456789</EmpId>
                    <EmploymentStatusMonitoring><ESMType>EII</ESMType><ESMCode>8</ESMCode></EmploymentStatusMonitoring>
                  </LearnerEmploymentStatus>
                  %s
                </Learner>
                """.formatted(ref, family.replace("'", "&apos;"), given, preferences, aims);
    }

    private static String aim(int seq, int fundModel, int compStatus, String actualEnd) {
        return """
                <LearningDelivery>
                  <LearnAimRef>60311046</LearnAimRef><AimType>4</AimType><AimSeqNumber>%d</AimSeqNumber>
                  <LearnStartDate>2024-09-02</LearnStartDate><LearnPlanEndDate>2025-06-30</LearnPlanEndDate>
                  <FundModel>%d</FundModel><DelLocPostCode>BR1 3RL</DelLocPostCode><CompStatus>%d</CompStatus>
                  %s
                </LearningDelivery>
                """.formatted(seq, fundModel, compStatus,
                actualEnd == null ? "" : "<LearnActEndDate>" + actualEnd + "</LearnActEndDate><Outcome>1</Outcome>");
    }

    private static String aims(int count) {
        StringBuilder aims = new StringBuilder();
        for (int seq = 1; seq <= count; seq++) {
            aims.append("""
                    <LearningDelivery>
                      <LearnAimRef>60311046</LearnAimRef><AimType>4</AimType><AimSeqNumber>%d</AimSeqNumber>
                      <LearnStartDate>2024-09-02</LearnStartDate><LearnPlanEndDate>2025-06-30</LearnPlanEndDate>
                      <FundModel>38</FundModel><DelLocPostCode>BR1 3RL</DelLocPostCode><CompStatus>2</CompStatus>
                      <LearnActEndDate>2025-06-%d</LearnActEndDate><Outcome>1</Outcome>
                      <LearningDeliveryFAM><LearnDelFAMType>SOF</LearnDelFAMType><LearnDelFAMCode>107</LearnDelFAMCode>
                      </LearningDeliveryFAM>
                    </LearningDelivery>
                    """.formatted(seq, 31 - seq));
        }
        return aims.toString();
    }
}
