package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static app.waymark.ilr.reader.IlrXml.contactPreference;
import static app.waymark.ilr.reader.IlrXml.delivery;
import static app.waymark.ilr.reader.IlrXml.element;
import static app.waymark.ilr.reader.IlrXml.employmentStatus;
import static app.waymark.ilr.reader.IlrXml.learner;
import static app.waymark.ilr.reader.IlrXml.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Learner and header rules: each broken rule is one problem naming line, learner and field. */
class IlrReaderValidationTest extends ReaderTestSupport {

    private static final IlrYear Y23 = IlrYear.Y2023_24;
    private static final IlrYear Y25 = IlrYear.Y2025_26;

    @TempDir
    Path dir;

    static Stream<Arguments> brokenFields() {
        return Stream.of(
                learnerField("LearnRefNumber", "Ref_1", "LearnRefNumber must be 1-12 letters, digits or spaces (found 'Ref_1')"),
                learnerField("LearnRefNumber", "ABCDEFGHIJKLM", "LearnRefNumber must be 1-12 letters, digits or spaces (found 'ABCDEFGHIJKLM')"),
                learnerField("ULN", "12345", "ULN must be 10 digits (found '12345')"),
                learnerField("ULN", "106148401X", "ULN must be 10 digits (found '106148401X')"),
                learnerField("ULN", "0061484016", "ULN must not start with 0 (found '0061484016')"),
                learnerField("FamilyName", "F".repeat(101), "FamilyName must be at most 100 characters (found 101)"),
                learnerField("GivenNames", "Ł".repeat(101), "GivenNames must be at most 100 characters (found 101)"),
                learnerField("DateOfBirth", "27/02/2007", "DateOfBirth must be a date in the form yyyy-MM-dd (found '27/02/2007')"),
                learnerField("DateOfBirth", "2007-02-30", "DateOfBirth must be a date in the form yyyy-MM-dd (found '2007-02-30')"),
                learnerField("Postcode", "BR17", "Postcode must be a UK postcode such as 'BR1 7SS' in capitals (found 'BR17')"),
                learnerField("Postcode", "br1 7ss", "Postcode must be a UK postcode such as 'BR1 7SS' in capitals (found 'br1 7ss')"),
                learnerField("TelNo", "0121 951 234", "TelNo must be digits only, at most 18 (found '0121 951 234')"),
                learnerField("TelNo", "+447700900123", "TelNo must be digits only, at most 18 (found '+447700900123')"),
                learnerField("TelNo", "1".repeat(19), "TelNo must be digits only, at most 18 (found '1111111111111111111')"),
                learnerField("Email", "name-at-example.com", "Email must be an email address such as 'name@example.com' (found 'name-at-example.com')"),
                learnerField("Email", "a@b", "Email must be an email address such as 'name@example.com' (found 'a@b')"),
                learnerField("Email", "x".repeat(90) + "@example.com", "Email must be at most 100 characters (found 102)"),
                child(Y25, element("LearnerFAM", "LearnFAMType", "ls", "LearnFAMCode", "55"), "LearnFAMType", "ls",
                        "LearnFAMType must be 3 capital letters (found 'ls')"),
                child(Y25, element("LearnerFAM", "LearnFAMType", "LSR", "LearnFAMCode", "555555"), "LearnFAMCode", "555555",
                        "LearnFAMCode must be 1-5 letters or digits (found '555555')"),
                child(Y23, contactPreference("RUI", "8"), "ContPrefCode", "8", "ContPrefCode for RUI must be from 1 to 7 (found '8')"),
                child(Y23, contactPreference("PMC", "7"), "ContPrefCode", "7", "ContPrefCode for PMC must be from 1 to 6 (found '7')"),
                child(Y23, contactPreference("PMC", "0"), "ContPrefCode", "0", "ContPrefCode for PMC must be from 1 to 6 (found '0')"),
                child(Y23, contactPreference("XYZ", "1"), "ContPrefType", "XYZ", "ContPrefType must be RUI or PMC (found 'XYZ')"),
                child(Y23, contactPreference("RUI", "one"), "ContPrefCode", "one", "ContPrefCode must be a whole number (found 'one')"),
                child(Y25, employmentStatus("13", "2024-08-01"), "EmpStat", "13", "EmpStat must be one of 10, 11, 12, 98 (found '13')"),
                child(Y25, employmentStatus("10", "2024-8-1"), "DateEmpStatApp", "2024-8-1",
                        "DateEmpStatApp must be a date in the form yyyy-MM-dd (found '2024-8-1')"),
                child(Y25, employmentStatus("10", "2024-08-01").set("EmpId", "12345678"), "EmpId", "12345678",
                        "EmpId must be 9 digits (found '12345678')"),
                child(Y25, employmentStatus("10", "2024-08-01").with(element("EmploymentStatusMonitoring", "ESMType", "SE1", "ESMCode", "1")),
                        "ESMType", "SE1", "ESMType must be 3 capital letters (found 'SE1')"),
                child(Y25, employmentStatus("10", "2024-08-01").with(element("EmploymentStatusMonitoring", "ESMType", "SEI", "ESMCode", "1.5")),
                        "ESMCode", "1.5", "ESMCode must be a whole number (found '1.5')"),
                deliveryField("LearnAimRef", "601462421", "LearnAimRef must be 1-8 letters or digits (found '601462421')"),
                deliveryField("AimType", "2", "AimType must be one of 1, 3, 4, 5 (found '2')"),
                deliveryField("AimType", "x", "AimType must be a whole number (found 'x')"),
                deliveryField("AimSeqNumber", "0", "AimSeqNumber must be from 1 to 98 (found '0')"),
                deliveryField("AimSeqNumber", "99", "AimSeqNumber must be from 1 to 98 (found '99')"),
                deliveryField("LearnStartDate", "2024-9-1", "LearnStartDate must be a date in the form yyyy-MM-dd (found '2024-9-1')"),
                deliveryField("OrigLearnStartDate", "yesterday", "OrigLearnStartDate must be a date in the form yyyy-MM-dd (found 'yesterday')"),
                deliveryField("LearnPlanEndDate", "2025-13-01", "LearnPlanEndDate must be a date in the form yyyy-MM-dd (found '2025-13-01')"),
                deliveryField("FundModel", "12", "FundModel must be one of 10, 11, 25, 35, 36, 37, 38, 70, 81, 82, 99 (found '12')"),
                deliveryField("ProgType", "twenty-five", "ProgType must be a whole number (found 'twenty-five')"),
                deliveryField("StdCode", "91a", "StdCode must be a whole number (found '91a')"),
                deliveryField("PHours", "-5", "PHours must be a whole number (found '-5')"),
                deliveryField("OTJActHours", "12.5", "OTJActHours must be a whole number (found '12.5')"),
                deliveryField("CompStatus", "4", "CompStatus must be one of 1, 2, 3, 6 (found '4')"),
                deliveryField("Outcome", "4", "Outcome must be one of 1, 2, 3, 8 (found '4')"),
                deliveryField("WithdrawReason", "n/a", "WithdrawReason must be a whole number (found 'n/a')"),
                deliveryField("AchDate", "01-04-2025", "AchDate must be a date in the form yyyy-MM-dd (found '01-04-2025')"),
                child(Y25, delivery(1).with(element("LearningDeliveryFAM", "LearnDelFAMType", "sof", "LearnDelFAMCode", "105")),
                        "LearnDelFAMType", "sof", "LearnDelFAMType must be 3 capital letters (found 'sof')"),
                child(Y25, delivery(1).with(element("LearningDeliveryFAM", "LearnDelFAMType", "ACT", "LearnDelFAMCode", "1",
                                "LearnDelFAMDateFrom", "2024/09/01")),
                        "LearnDelFAMDateFrom", "2024/09/01", "LearnDelFAMDateFrom must be a date in the form yyyy-MM-dd (found '2024/09/01')"));
    }

    private static Arguments learnerField(String field, String value, String message) {
        return arguments(Y25, learner("BAD1").set(field, value), field, value, message);
    }

    private static Arguments deliveryField(String field, String value, String message) {
        return child(Y25, delivery(1).set(field, value), field, value, message);
    }

    private static Arguments child(IlrYear year, IlrXml.Element child, String field, String value, String message) {
        return arguments(year, learner("BAD1").with(child), field, value, message);
    }

    @ParameterizedTest(name = "{2} ''{3}''")
    @MethodSource("brokenFields")
    void a_field_breaking_its_rule_is_one_problem_on_its_line_and_the_learner_is_not_handed_over(
            IlrYear year, IlrXml.Element learner, String field, String value, String message) {
        String xml = message(year, learner.xml(), learner("GOOD1", "1061484903").xml());

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyProblem(result);
        assertThat(problem.message()).isEqualTo(message);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.line()).isEqualTo(lineOf(xml, ">" + value + "</" + field + ">"));
        assertThat(problem.learnRefNumber()).isEqualTo(field.equals("LearnRefNumber") ? value : "BAD1");
        assertThat(problem.fileName()).isEqualTo(FILE_NAME);
        assertThat(result.learnerCount()).isEqualTo(2);
        assertThat(handler.learners).extracting(IlrLearner::learnRefNumber).containsExactly("GOOD1");
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(
                arguments(learner("BAD1").without("ULN"), "ULN", "<Learner>"),
                arguments(learner("BAD1").without("Postcode"), "Postcode", "<Learner>"),
                arguments(learner("BAD1").with(employmentStatus("10", "2024-08-01").without("EmpStat")), "EmpStat", "<LearnerEmploymentStatus>"),
                arguments(learner("BAD1").with(employmentStatus("10", "2024-08-01").without("DateEmpStatApp")), "DateEmpStatApp", "<LearnerEmploymentStatus>"),
                arguments(learner("BAD1").with(element("LearnerFAM", "LearnFAMType", "LSR")), "LearnFAMCode", "<LearnerFAM>"),
                arguments(learner("BAD1").with(delivery(1).without("LearnAimRef")), "LearnAimRef", "<LearningDelivery>"),
                arguments(learner("BAD1").with(delivery(1).without("AimType")), "AimType", "<LearningDelivery>"),
                arguments(learner("BAD1").with(delivery(1).without("AimSeqNumber")), "AimSeqNumber", "<LearningDelivery>"),
                arguments(learner("BAD1").with(delivery(1).without("LearnStartDate")), "LearnStartDate", "<LearningDelivery>"),
                arguments(learner("BAD1").with(delivery(1).without("LearnPlanEndDate")), "LearnPlanEndDate", "<LearningDelivery>"),
                arguments(learner("BAD1").with(delivery(1).without("FundModel")), "FundModel", "<LearningDelivery>"),
                arguments(learner("BAD1").with(delivery(1).without("CompStatus")), "CompStatus", "<LearningDelivery>"),
                arguments(learner("BAD1").with(delivery(1).with(element("LearningDeliveryFAM", "LearnDelFAMCode", "105"))),
                        "LearnDelFAMType", "<LearningDeliveryFAM>"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("missingFields")
    void a_missing_required_field_is_reported_on_the_line_of_the_element_that_should_hold_it(
            IlrXml.Element learner, String field, String enclosingStartTag) {
        String xml = message(Y25, learner.xml());

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyProblem(result);
        assertThat(problem.message()).isEqualTo(field + " is required");
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.learnRefNumber()).isEqualTo("BAD1");
        assertThat(problem.line()).isEqualTo(lineOf(xml, enclosingStartTag));
        assertThat(handler.learners).isEmpty();
    }

    @Test
    void a_missing_learn_ref_number_is_reported_without_naming_a_learner() {
        String xml = message(Y25, learner("X").without("LearnRefNumber").xml());

        IlrProblem problem = onlyProblem(read(write(dir, xml)));

        assertThat(problem).isEqualTo(new IlrProblem(FILE_NAME, lineOf(xml, "<Learner>"), null, "LearnRefNumber",
                "LearnRefNumber is required"));
    }

    @Test
    void problem_text_names_the_file_the_line_the_learner_and_the_field() {
        String xml = message(Y25, learner("18Learner", "12345").xml());

        IlrProblem problem = onlyProblem(read(write(dir, xml)));

        assertThat(problem).hasToString(FILE_NAME + " line " + lineOf(xml, "<ULN>")
                + ", learner 18Learner, ULN: ULN must be 10 digits (found '12345')");
    }

    @Test
    void a_duplicate_learn_ref_number_is_reported_on_the_second_learner_and_only_the_first_is_handed_over() {
        String xml = message(Y25, learner("DUP 1").xml(), learner("OTHER").xml(), learner("DUP 1", "1061484903").xml());

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyProblem(result);
        assertThat(problem.message()).isEqualTo("LearnRefNumber DUP 1 is used by another learner earlier in the file");
        assertThat(problem.line()).isEqualTo(xml.substring(0, xml.lastIndexOf("DUP 1")).split("\n").length);
        assertThat(problem.field()).isEqualTo("LearnRefNumber");
        assertThat(result.learnerCount()).isEqualTo(3);
        assertThat(handler.learners).extracting(IlrLearner::uln).containsExactly("1061484016", "1061484016");
    }

    @Test
    void contact_preference_in_a_2025_26_file_is_a_problem_of_that_learner() {
        String xml = message(Y25, learner("CP1").with(contactPreference("RUI", "1")).xml(), learner("CP2", "1061484903").xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(onlyProblem(result)).isEqualTo(new IlrProblem(FILE_NAME, lineOf(xml, "<ContactPreference>"), "CP1",
                "ContactPreference", "ContactPreference is not part of the 2025-26 ILR"));
        assertThat(handler.learners).extracting(IlrLearner::learnRefNumber).containsExactly("CP2");
    }

    @Test
    void contact_preference_is_accepted_in_2024_25() {
        String xml = message(IlrYear.Y2024_25, learner("CP3").with(contactPreference("PMC", "6")).xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).isEmpty();
        assertThat(handler.learners.getFirst().contactPreferences()).containsExactly(new IlrContactPreference("PMC", 6));
    }

    @Test
    void learn_act_end_date_is_required_when_an_aim_is_completed_or_withdrawn() {
        String xml = message(Y25, learner("AED1").with(
                delivery(1).set("CompStatus", "2"),
                delivery(2).set("CompStatus", "3").set("WithdrawReason", "40"),
                delivery(3).set("CompStatus", "6")).xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).extracting(IlrProblem::field, IlrProblem::message).containsExactly(
                tuple("LearnActEndDate", "LearnActEndDate is required when CompStatus is 2"),
                tuple("LearnActEndDate", "LearnActEndDate is required when CompStatus is 3"));
    }

    @Test
    void learn_act_end_date_before_learn_start_date_is_a_problem() {
        String xml = message(Y25, learner("AED2").with(delivery(1).set("CompStatus", "2")
                .set("LearnActEndDate", "2024-08-31")).xml());

        IlrProblem problem = onlyProblem(read(write(dir, xml)));

        assertThat(problem.message()).isEqualTo("LearnActEndDate 2024-08-31 must not be before LearnStartDate 2024-09-01");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "<LearnActEndDate>"));
    }

    @Test
    void withdraw_reason_is_required_when_an_aim_is_withdrawn() {
        String xml = message(Y25, learner("WR1").with(delivery(1).set("CompStatus", "3")
                .set("LearnActEndDate", "2025-01-31")).xml());

        IlrProblem problem = onlyProblem(read(write(dir, xml)));

        assertThat(problem.field()).isEqualTo("WithdrawReason");
        assertThat(problem.message()).isEqualTo("WithdrawReason is required when CompStatus is 3");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "<LearningDelivery>"));
    }

    @Test
    void an_unknown_comp_status_is_a_problem() {
        String xml = message(Y25, learner("CS1").with(delivery(1).set("CompStatus", "5")).xml());

        IlrProblem problem = onlyProblem(read(write(dir, xml)));

        assertThat(problem).isEqualTo(new IlrProblem(FILE_NAME, lineOf(xml, "<CompStatus>"), "CS1", "CompStatus",
                "CompStatus must be one of 1, 2, 3, 6 (found '5')"));
    }

    @Test
    void a_repeated_aim_seq_number_within_a_learner_is_accepted_as_the_funders_sample_has_one() {
        String xml = message(Y25,
                learner("SEQ1").with(delivery(1), delivery(2), delivery(1).set("LearnAimRef", "60149735")).xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).isEmpty();
        assertThat(handler.learners).singleElement().satisfies(learner ->
                assertThat(learner.deliveries()).extracting(IlrLearningDelivery::aimSeqNumber).containsExactly(1, 2, 1));
    }

    @Test
    void every_problem_of_a_learner_is_reported_not_only_the_first() {
        String xml = message(Y25, learner("MANY", "123").set("Postcode", "nowhere").set("DateOfBirth", "yesterday")
                .with(delivery(1).set("AimType", "9").set("FundModel", "0")).xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).extracting(IlrProblem::field)
                .containsExactlyInAnyOrder("ULN", "Postcode", "DateOfBirth", "AimType", "FundModel");
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.learnRefNumber()).isEqualTo("MANY"));
    }

    @Test
    void the_unknown_uln_and_the_unknown_postcode_are_accepted() {
        String xml = message(Y25, learner("UNK1", "9999999999").set("Postcode", "ZZ99 9ZZ").xml());

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).isEmpty();
        assertThat(handler.learners.getFirst()).extracting(IlrLearner::uln, IlrLearner::postcode)
                .containsExactly("9999999999", "ZZ99 9ZZ");
    }

    @Test
    void a_field_given_twice_in_one_learner_is_a_problem() {
        String xml = message(Y25, learner("TWICE").withRaw("<ULN>1061484903</ULN>").xml());

        IlrProblem problem = onlyProblem(read(write(dir, xml)));

        assertThat(problem.message()).isEqualTo("ULN appears more than once in Learner");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "<ULN>1061484903"));
    }

    @Test
    void a_field_holding_elements_instead_of_text_is_a_problem() {
        String xml = message(Y25, learner("NEST").set("FamilyName", "Smith<Extra>1</Extra>").xml());

        IlrProblem problem = onlyProblem(read(write(dir, xml)));

        assertThat(problem.field()).isEqualTo("FamilyName");
        assertThat(problem.message()).isEqualTo("FamilyName must hold text only, not elements");
    }

    @Test
    void a_learner_holding_more_data_than_any_real_learner_is_reported_and_not_handed_over() {
        IlrXml.Element huge = learner("HUGE1");
        IlrXml.Element fam = element("LearnerFAM", "LearnFAMType", "LSR", "LearnFAMCode", "55");
        for (int i = 0; i < 20_000; i++) {
            huge.with(fam);
        }
        String xml = message(Y25, huge.xml(), learner("NEXT", "1061484903").xml());

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyProblem(result);
        assertThat(problem.learnRefNumber()).isEqualTo("HUGE1");
        assertThat(problem.message()).isEqualTo("Learner holds more than 1,000,000 characters of data; it was not read completely");
        assertThat(handler.learners).extracting(IlrLearner::learnRefNumber).containsExactly("NEXT");
    }

    @Test
    void problems_beyond_the_maximum_are_dropped_and_flagged_while_every_learner_is_still_counted() {
        String[] learners = new String[30];
        for (int i = 0; i < learners.length; i++) {
            learners[i] = learner("BADULN" + i, "123").xml();
        }
        IlrLimits fiveProblems = new IlrLimits(1_000_000, 1_000_000, 100, 10_000, 32, 5);

        IlrReadResult result = read(write(dir, message(Y25, learners)), fiveProblems);

        assertThat(result.problems()).hasSize(5);
        assertThat(result.problemsTruncated()).isTrue();
        assertThat(result.valid()).isFalse();
        assertThat(result.learnerCount()).isEqualTo(30);
        assertThat(handler.learners).isEmpty();
    }

    @Test
    void header_ukprn_is_returned_for_the_caller_to_compare_with_the_tenant_and_not_judged_here() {
        String xml = message(Y25, learner("H1").xml()).replace(IlrXml.UKPRN, "99999999");

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).isEmpty();
        assertThat(result.header().ukprn()).isEqualTo("99999999");
    }

    static Stream<Arguments> brokenHeaders() {
        return Stream.of(
                arguments("<UKPRN>10012345</UKPRN>\n      <Soft", "<UKPRN>1234567</UKPRN>\n      <Soft", "UKPRN",
                        "UKPRN must be 8 digits from 10000000 to 99999999 (found '1234567')"),
                arguments("<UKPRN>10012345</UKPRN>\n      <Soft", "<UKPRN>09999999</UKPRN>\n      <Soft", "UKPRN",
                        "UKPRN must be 8 digits from 10000000 to 99999999 (found '09999999')"),
                arguments("<UKPRN>10012345</UKPRN>\n      <Soft", "<Soft", "UKPRN", "UKPRN is required"),
                arguments("<FilePreparationDate>2025-01-08<", "<FilePreparationDate>08/01/2025<", "FilePreparationDate",
                        "FilePreparationDate must be a date in the form yyyy-MM-dd (found '08/01/2025')"),
                arguments("<FilePreparationDate>2025-01-08</FilePreparationDate>", "", "FilePreparationDate",
                        "FilePreparationDate is required"),
                arguments("<UKPRN>10012345</UKPRN>\n  </LearningProvider>", "<UKPRN>10054321</UKPRN>\n  </LearningProvider>",
                        "UKPRN", "LearningProvider UKPRN 10054321 differs from the Header's UKPRN 10012345"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("brokenHeaders")
    void a_header_problem_is_reported_and_then_nothing_is_handed_over_though_learners_are_still_checked(
            String original, String replacement, String field, String message) {
        String valid = message(Y25, learner("HB1").xml(), learner("HB2", "12345").xml());
        String xml = valid.replace(original, replacement);
        assertThat(xml).isNotEqualTo(valid);

        IlrReadResult result = read(write(dir, xml));

        assertThat(result.problems()).extracting(IlrProblem::field, IlrProblem::message, IlrProblem::learnRefNumber)
                .containsExactly(tuple(field, message, null), tuple("ULN", "ULN must be 10 digits (found '12345')", "HB2"));
        assertThat(result.header()).isNull();
        assertThat(result.learnerCount()).isEqualTo(2);
        assertThat(handler.headers).isEmpty();
        assertThat(handler.learners).isEmpty();
    }

    @Test
    void a_file_without_a_header_is_reported() {
        String xml = message(Y25, learner("NH1").xml()).replaceAll("(?s)<Header>.*</Header>", "");

        IlrReadResult result = read(write(dir, xml));

        assertThat(onlyProblem(result)).isEqualTo(new IlrProblem(FILE_NAME, 2, null, "Header", "The file has no Header"));
        assertThat(handler.learners).isEmpty();
    }

    @Test
    void a_header_after_the_first_learner_is_reported() {
        String xml = message(Y25, learner("LATE1").xml(), IlrXml.header(IlrXml.UKPRN));

        IlrReadResult result = read(write(dir, xml));

        assertThat(onlyProblem(result).message()).isEqualTo("Header must come before the first Learner");
    }
}
