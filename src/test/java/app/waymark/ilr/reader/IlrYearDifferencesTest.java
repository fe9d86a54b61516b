package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static app.waymark.ilr.reader.IlrXml.delivery;
import static app.waymark.ilr.reader.IlrXml.element;
import static app.waymark.ilr.reader.IlrXml.employmentStatus;
import static app.waymark.ilr.reader.IlrXml.learner;
import static app.waymark.ilr.reader.IlrXml.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What the 2026-27 ILR changed (summary of changes, decision 0026), each against 2025-26, which still has it. */
class IlrYearDifferencesTest extends ReaderTestSupport {

    private static final IlrYear Y25 = IlrYear.Y2025_26;
    private static final IlrYear Y26 = IlrYear.Y2026_27;

    @TempDir
    Path dir;

    static Stream<Arguments> removedIn2026_27() {
        return Stream.of(
                arguments(learner("BAD1").with(delivery(1).set("FundModel", "10")), "FundModel", "10",
                        "FundModel must be one of 11, 25, 35, 36, 37, 38, 39, 81, 82, 99 (found '10')"),
                arguments(learner("BAD1").with(delivery(1).with(element("LearningDeliveryFAM",
                                "LearnDelFAMType", "ASL", "LearnDelFAMCode", "1"))), "LearnDelFAMCode", "1",
                        "LearnDelFAM ASL 1 is not part of the 2026-27 ILR"),
                arguments(learner("BAD1").with(delivery(1).set("FundModel", "99").with(element("LearningDeliveryFAM",
                                "LearnDelFAMType", "SOF", "LearnDelFAMCode", "108"))), "LearnDelFAMCode", "108",
                        "LearnDelFAM SOF 108 is not part of the 2026-27 ILR"),
                arguments(learner("BAD1").with(employmentStatus("10", "2025-08-01").with(element(
                                "EmploymentStatusMonitoring", "ESMType", "EII", "ESMCode", "3"))), "ESMCode", "3",
                        "ESMType EII code 3 is not part of the 2026-27 ILR"),
                arguments(learner("BAD1").with(element("LLDDandHealthProblem", "LLDDCat", "2", "PrimaryLLDD", "1")),
                        "LLDDCat", "2", "LLDDCat 2 is not part of the 2026-27 ILR"));
    }

    @ParameterizedTest(name = "{1} ''{2}''")
    @MethodSource("removedIn2026_27")
    void a_code_the_2026_27_ilr_removed_is_refused_there_with_line_learner_and_field(
            IlrXml.Element learner, String field, String value, String message) {
        String xml = message(Y26, learner.xml(), learner("GOOD1", "1061484903").xml());

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyProblem(result);
        assertThat(problem.message()).isEqualTo(message);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.line()).isEqualTo(lineOf(xml, ">" + value + "</" + field + ">"));
        assertThat(problem.learnRefNumber()).isEqualTo("BAD1");
        assertThat(problem.fileName()).isEqualTo(FILE_NAME);
        assertThat(handler.learners).extracting(IlrLearner::learnRefNumber).containsExactly("GOOD1");
    }

    @ParameterizedTest(name = "{1} ''{2}''")
    @MethodSource("removedIn2026_27")
    void the_same_code_is_accepted_in_a_2025_26_file(IlrXml.Element learner, String field, String value,
                                                     String message) {
        IlrReadResult result = read(write(dir, message(Y25, learner.xml())));

        assertThat(result.problems()).isEmpty();
        assertThat(handler.learners).extracting(IlrLearner::learnRefNumber).containsExactly("BAD1");
    }

    @Test
    void funding_model_39_growth_and_skills_short_courses_is_accepted_only_from_2026_27() {
        String learner = learner("GSS1").with(delivery(1).set("FundModel", "39")).xml();

        IlrReadResult in2026 = read(write(dir, message(Y26, learner)));
        assertThat(in2026.problems()).isEmpty();
        assertThat(handler.learners).singleElement().satisfies(read ->
                assertThat(read.deliveries().getFirst().fundModel()).isEqualTo(39));

        handler = new RecordingHandler();
        assertThat(onlyProblem(read(write(dir, message(Y25, learner)))).message())
                .isEqualTo("FundModel must be one of 10, 11, 25, 35, 36, 37, 38, 70, 81, 82, 99 (found '39')");
    }

    @Test
    void a_skills_bootcamp_learner_needs_a_national_insurance_number_from_2026_27() {
        IlrXml.Element withoutNiNumber = learner("SBC1").with(delivery(1).set("FundModel", "37"));

        IlrProblem problem = onlyProblem(read(write(dir, message(Y26, withoutNiNumber.xml()))));
        assertThat(problem.field()).isEqualTo("NINumber");
        assertThat(problem.learnRefNumber()).isEqualTo("SBC1");
        assertThat(problem.message()).isEqualTo("NINumber is required in the 2026-27 ILR for a learner with FundModel 37");

        handler = new RecordingHandler();
        assertThat(read(write(dir, message(Y25, withoutNiNumber.xml()))).problems()).isEmpty();
        handler = new RecordingHandler();
        assertThat(read(write(dir, message(Y26, learner("SBC2").set("NINumber", "QQ123456C")
                .with(delivery(1).set("FundModel", "37")).xml()))).problems()).isEmpty();
    }

    @Test
    void each_year_runs_from_1_august_and_the_years_read_are_named_for_people() {
        assertThat(IlrYear.containing(LocalDate.of(2026, 12, 3))).contains(Y26);
        assertThat(IlrYear.containing(LocalDate.of(2026, 7, 31))).contains(Y25);
        assertThat(IlrYear.containing(LocalDate.of(2026, 8, 1))).contains(Y26);
        assertThat(IlrYear.containing(LocalDate.of(2027, 8, 1))).isEmpty();
        assertThat(Y26.shortCode()).isEqualTo("2627");
        assertThat(IlrYear.newest()).isEqualTo(Y26);
        assertThat(IlrYear.acceptedLabels()).isEqualTo("2023-24, 2024-25, 2025-26 or 2026-27");
    }
}
