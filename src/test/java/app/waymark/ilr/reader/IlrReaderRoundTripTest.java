package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static app.waymark.ilr.reader.IlrXml.contactPreference;
import static app.waymark.ilr.reader.IlrXml.delivery;
import static app.waymark.ilr.reader.IlrXml.element;
import static app.waymark.ilr.reader.IlrXml.employmentStatus;
import static app.waymark.ilr.reader.IlrXml.learner;
import static app.waymark.ilr.reader.IlrXml.message;
import static org.assertj.core.api.Assertions.assertThat;

class IlrReaderRoundTripTest extends ReaderTestSupport {

    @TempDir
    Path dir;

    /** A learner using every field the reader maps. */
    private static IlrXml.Element fullLearner(IlrYear year) {
        IlrXml.Element learner = learner("LRN 0001", "1061484466")
                .set("FamilyName", "O'Brien-Łukasz")
                .set("GivenNames", "Zoë")
                .set("DateOfBirth", "2001-12-31")
                .set("AddLine1", "Flat 2, 1 Ship Street")
                .set("AddLine2", "Bromley")
                .set("AddLine3", "Kent")
                .set("AddLine4", "England")
                .set("TelNo", "07700900123")
                .set("Email", "zoe.obrien@example.co.uk")
                .with(element("LearnerFAM", "LearnFAMType", "LSR", "LearnFAMCode", "55"),
                        element("LearnerFAM", "LearnFAMType", "EHC", "LearnFAMCode", "1"));
        if (year.hasContactPreferences()) {
            learner.with(contactPreference("RUI", "1"), contactPreference("RUI", "2"), contactPreference("PMC", "3"));
        }
        return learner
                .with(employmentStatus("11", "2024-08-01"),
                        employmentStatus("10", "2024-09-01").set("EmpId", "123456789")
                                .with(element("EmploymentStatusMonitoring", "ESMType", "EII", "ESMCode", "5"),
                                        element("EmploymentStatusMonitoring", "ESMType", "SEI", "ESMCode", "1")))
                .with(delivery(1).set("LearnAimRef", "ZPROG001").set("AimType", "1").set("FundModel", "36")
                                .set("ProgType", "25").set("StdCode", "91").set("PHours", "1300").set("OTJActHours", "120")
                                .set("OrigLearnStartDate", "2023-09-01")
                                .with(element("LearningDeliveryFAM", "LearnDelFAMType", "ACT", "LearnDelFAMCode", "1",
                                                "LearnDelFAMDateFrom", "2024-09-01", "LearnDelFAMDateTo", "2025-01-31"),
                                        element("LearningDeliveryFAM", "LearnDelFAMType", "RES", "LearnDelFAMCode", "1")),
                        delivery(2).set("CompStatus", "3").set("LearnActEndDate", "2025-02-28")
                                .set("WithdrawReason", "40").set("Outcome", "3")
                                .with(element("LearningDeliveryFAM", "LearnDelFAMType", "SOF", "LearnDelFAMCode", "105")),
                        delivery(3).set("LearnAimRef", "6004813X").set("AimType", "3").set("CompStatus", "2")
                                .set("LearnActEndDate", "2025-03-14").set("Outcome", "1").set("AchDate", "2025-04-01"));
    }

    @ParameterizedTest
    @EnumSource(IlrYear.class)
    void each_supported_year_is_recognised_by_its_namespace_and_reads_without_problems(IlrYear year) {
        IlrReadResult result = read(write(dir, message(year, fullLearner(year).xml())));

        assertThat(result.problems()).isEmpty();
        assertThat(result.header()).isEqualTo(new IlrHeader(year, IlrXml.UKPRN, LocalDate.of(2025, 1, 8)));
        assertThat(handler.headers).containsExactly(result.header());
        assertThat(result.learnerCount()).isOne();
        assertThat(handler.learners).hasSize(1);
    }

    @Test
    void a_2023_24_learner_maps_every_field_including_rui_and_pmc_contact_preferences() {
        String xml = message(IlrYear.Y2023_24, fullLearner(IlrYear.Y2023_24).xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.valid()).isTrue();
        IlrLearner learner = handler.learners.getFirst();
        assertThat(learner.line()).isEqualTo(lineOf(xml, "<Learner>"));
        assertThat(learner.contactPreferences()).containsExactly(new IlrContactPreference("RUI", 1),
                new IlrContactPreference("RUI", 2), new IlrContactPreference("PMC", 3));
        assertEveryOtherFieldOfTheFullLearner(learner);
    }

    @Test
    void a_2025_26_learner_without_contact_preferences_maps_every_field() {
        String xml = message(IlrYear.Y2025_26, fullLearner(IlrYear.Y2025_26).xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.valid()).isTrue();
        IlrLearner learner = handler.learners.getFirst();
        assertThat(learner.contactPreferences()).isEmpty();
        assertEveryOtherFieldOfTheFullLearner(learner);
    }

    private static void assertEveryOtherFieldOfTheFullLearner(IlrLearner learner) {
        assertThat(learner.learnRefNumber()).isEqualTo("LRN 0001");
        assertThat(learner.uln()).isEqualTo("1061484466");
        assertThat(learner.familyName()).isEqualTo("O'Brien-Łukasz");
        assertThat(learner.givenNames()).isEqualTo("Zoë");
        assertThat(learner.dateOfBirth()).isEqualTo(LocalDate.of(2001, 12, 31));
        assertThat(learner.addLine1()).isEqualTo("Flat 2, 1 Ship Street");
        assertThat(learner.addLine2()).isEqualTo("Bromley");
        assertThat(learner.addLine3()).isEqualTo("Kent");
        assertThat(learner.addLine4()).isEqualTo("England");
        assertThat(learner.postcode()).isEqualTo("BR1 7SS");
        assertThat(learner.telNo()).isEqualTo("07700900123");
        assertThat(learner.email()).isEqualTo("zoe.obrien@example.co.uk");
        assertThat(learner.learnerFams()).containsExactly(new IlrFam("LSR", "55", null, null),
                new IlrFam("EHC", "1", null, null));
        assertThat(learner.employmentStatuses()).containsExactly(
                new IlrEmploymentStatus(11, LocalDate.of(2024, 8, 1), null, List.of()),
                new IlrEmploymentStatus(10, LocalDate.of(2024, 9, 1), 123456789L, List.of(
                        new IlrEmploymentMonitoring("EII", 5), new IlrEmploymentMonitoring("SEI", 1))));
        assertThat(learner.deliveries()).containsExactly(
                new IlrLearningDelivery("ZPROG001", 1, 1, LocalDate.of(2024, 9, 1), LocalDate.of(2023, 9, 1),
                        LocalDate.of(2025, 7, 31), 36, 25, 91, 1300, 120, 1, null, null, null, null, List.of(
                        new IlrFam("ACT", "1", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 31)),
                        new IlrFam("RES", "1", null, null))),
                new IlrLearningDelivery("60146242", 4, 2, LocalDate.of(2024, 9, 1), null, LocalDate.of(2025, 7, 31),
                        25, null, null, null, null, 3, LocalDate.of(2025, 2, 28), 40, 3, null, List.of(
                        new IlrFam("SOF", "105", null, null))),
                new IlrLearningDelivery("6004813X", 3, 3, LocalDate.of(2024, 9, 1), null, LocalDate.of(2025, 7, 31),
                        25, null, null, null, null, 2, LocalDate.of(2025, 3, 14), null, 1, LocalDate.of(2025, 4, 1),
                        List.of()));
    }

    @Test
    void names_keep_apostrophes_hyphens_and_non_ascii_letters_exactly_however_they_are_written() {
        String xml = message(IlrYear.Y2025_26,
                learner("A1").set("FamilyName", "O'Brien-Łukasz").set("GivenNames", "Zoë Anne-Marie").xml(),
                learner("A2", "1061484903").set("FamilyName", "O&apos;Connor").set("GivenNames", "Ren&#233;e").xml(),
                learner("A3", "1061485810").set("FamilyName", "<![CDATA[D'Arcy & Sons]]>").set("GivenNames", "Siân").xml(),
                learner("A4", "1061486701").set("FamilyName", "Nguyễn").set("GivenNames", "Łucja Ørsted").xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).isEmpty();
        assertThat(handler.learners).extracting(IlrLearner::familyName, IlrLearner::givenNames).containsExactly(
                org.assertj.core.groups.Tuple.tuple("O'Brien-Łukasz", "Zoë Anne-Marie"),
                org.assertj.core.groups.Tuple.tuple("O'Connor", "Renée"),
                org.assertj.core.groups.Tuple.tuple("D'Arcy & Sons", "Siân"),
                org.assertj.core.groups.Tuple.tuple("Nguyễn", "Łucja Ørsted"));
    }

    @Test
    void text_is_trimmed_and_empty_optional_elements_count_as_absent() {
        String xml = message(IlrYear.Y2025_26, learner("  Trim 1  ").set("ULN", "\n   1061484016\t")
                .set("Postcode", " BR1 7SS ").set("Email", "").set("TelNo", "   ").xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).isEmpty();
        IlrLearner learner = handler.learners.getFirst();
        assertThat(learner.learnRefNumber()).isEqualTo("Trim 1");
        assertThat(learner.uln()).isEqualTo("1061484016");
        assertThat(learner.postcode()).isEqualTo("BR1 7SS");
        assertThat(learner.email()).isNull();
        assertThat(learner.telNo()).isNull();
    }

    @Test
    void elements_are_matched_by_name_in_any_order_and_unused_ones_comments_and_instructions_are_ignored() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <!-- prolog comment -->
                <?ilr-tool some instruction?>
                <ilr:Message xmlns:ilr="ESFA/ILR/2024-25">
                  <ilr:SourceFiles><ilr:SourceFile><ilr:FilePreparationDate>1999-01-01</ilr:FilePreparationDate></ilr:SourceFile></ilr:SourceFiles>
                  <ilr:LearningProvider><ilr:UKPRN>10012345</ilr:UKPRN></ilr:LearningProvider>
                  <ilr:Header>
                    <ilr:Source><ilr:UKPRN>10012345</ilr:UKPRN><ilr:Unknown><ilr:UKPRN>nonsense</ilr:UKPRN></ilr:Unknown></ilr:Source>
                    <ilr:CollectionDetails><ilr:FilePreparationDate>2024-10-02</ilr:FilePreparationDate></ilr:CollectionDetails>
                  </ilr:Header>
                  <ilr:Learner>
                    <ilr:LearningDelivery>
                      <ilr:CompStatus>1</ilr:CompStatus><ilr:FundModel>99</ilr:FundModel>
                      <ilr:LearningDeliveryHE><ilr:NUMHUS>x</ilr:NUMHUS></ilr:LearningDeliveryHE>
                      <ilr:LearnPlanEndDate>2025-06-30</ilr:LearnPlanEndDate><ilr:LearnStartDate>2024-09-02</ilr:LearnStartDate>
                      <ilr:AimSeqNumber>1</ilr:AimSeqNumber><ilr:AimType>4</ilr:AimType><ilr:LearnAimRef>Z0001736</ilr:LearnAimRef>
                    </ilr:LearningDelivery>
                    <ilr:Postcode>ZZ99 9ZZ</ilr:Postcode>
                    <!-- the ULN is not known yet -->
                    <ilr:ULN>9999999999</ilr:ULN>
                    <ilr:Ethnicity>98</ilr:Ethnicity>
                    <ilr:ProviderSpecLearnerMonitoring><ilr:ProvSpecLearnMon>ULN</ilr:ProvSpecLearnMon></ilr:ProviderSpecLearnerMonitoring>
                    <ilr:LearnRefNumber>ANY ORDER</ilr:LearnRefNumber>
                  </ilr:Learner>
                  <ilr:LearnerDestinationandProgression>
                    <ilr:LearnRefNumber>ANY ORDER</ilr:LearnRefNumber><ilr:ULN>9999999999</ilr:ULN>
                  </ilr:LearnerDestinationandProgression>
                </ilr:Message>
                """;

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).isEmpty();
        assertThat(result.header()).isEqualTo(new IlrHeader(IlrYear.Y2024_25, "10012345", LocalDate.of(2024, 10, 2)));
        assertThat(result.learnerCount()).isOne();
        IlrLearner learner = handler.learners.getFirst();
        assertThat(learner.learnRefNumber()).isEqualTo("ANY ORDER");
        assertThat(learner.uln()).isEqualTo("9999999999");
        assertThat(learner.postcode()).isEqualTo("ZZ99 9ZZ");
        assertThat(learner.deliveries()).singleElement().satisfies(aim -> {
            assertThat(aim.learnAimRef()).isEqualTo("Z0001736");
            assertThat(aim.fundModel()).isEqualTo(99);
            assertThat(aim.learnStartDate()).isEqualTo(LocalDate.of(2024, 9, 2));
        });
    }

    @Test
    void a_zip_holding_one_xml_file_is_recognised_by_its_content_and_read_like_the_xml_inside() throws IOException {
        Path zip = dir.resolve("upload.dat");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry("ILR-10012345-2526-20250108-094401-01.XML"));
            zipOut.write(message(IlrYear.Y2025_26, learner("Z1").xml(), learner("Z2", "1061484903").xml())
                    .getBytes(StandardCharsets.UTF_8));
            zipOut.closeEntry();
        }

        IlrReadResult result = read(zip);

        assertThat(result.problems()).isEmpty();
        assertThat(result.learnerCount()).isEqualTo(2);
        assertThat(handler.learners).extracting(IlrLearner::learnRefNumber).containsExactly("Z1", "Z2");
    }

    @Test
    void a_file_named_zip_that_holds_plain_xml_is_read_as_xml() throws IOException {
        Path notAZip = Files.writeString(dir.resolve("ILR.zip"), message(IlrYear.Y2025_26, learner("X1").xml()));

        IlrReadResult result = read(notAZip);

        assertThat(result.problems()).isEmpty();
        assertThat(handler.learners).hasSize(1);
    }

    @Test
    void a_file_without_learners_hands_over_its_header() {
        IlrReadResult result = read(write(dir, message(IlrYear.Y2025_26)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.learnerCount()).isZero();
        assertThat(handler.headers).containsExactly(new IlrHeader(IlrYear.Y2025_26, IlrXml.UKPRN, LocalDate.of(2025, 1, 8)));
    }
}
