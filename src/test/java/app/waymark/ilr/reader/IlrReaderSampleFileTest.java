package app.waymark.ilr.reader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The funder's published sample file. It is schema-valid, but two of its learners break ILR validation rules the
 * reader enforces: ASFLearner's ULN 1061484935 fails the check digit (the digits give 8, the file has 5) and
 * ASLearner has two aims with AimSeqNumber 1. The first test pins exactly those; the second corrects them.
 */
class IlrReaderSampleFileTest extends ReaderTestSupport {

    private static final Path SAMPLE = Path.of("../shared/ilr-samples/ILR-99999999-2526-20250108-094401.xml");
    private static final String SAMPLE_NAME = SAMPLE.getFileName().toString();

    @BeforeAll
    static void sampleIsThere() {
        assertThat(SAMPLE).as("the funder's sample ILR file, expected beside the repository in "
                + "../shared/ilr-samples/ (tests run from the repository root)").isRegularFile();
    }

    @Test
    void funders_sample_reads_as_2025_26_for_ukprn_99999999_with_19_learners_and_only_its_two_known_defects() {
        IlrReadResult result = new IlrReader(IlrLimits.defaults()).read(SAMPLE, SAMPLE_NAME, handler);

        assertThat(result.header()).isEqualTo(new IlrHeader(IlrYear.Y2025_26, "99999999", LocalDate.of(2025, 1, 8)));
        assertThat(handler.headers).containsExactly(result.header());
        assertThat(result.learnerCount()).isEqualTo(19);
        assertThat(result.problems()).extracting(IlrProblem::line, IlrProblem::learnRefNumber, IlrProblem::field)
                .containsExactly(tuple(347, "ASLearner", "AimSeqNumber"), tuple(1362, "ASFLearner", "ULN"));
        assertThat(result.problems().getLast().message()).isEqualTo("ULN fails the check digit test (found '1061484935')");
        assertThat(result.problemsTruncated()).isFalse();
        assertThat(handler.learners).hasSize(17)
                .extracting(IlrLearner::learnRefNumber).doesNotContain("ASLearner", "ASFLearner");
    }

    @Test
    void funders_sample_with_those_two_defects_corrected_reads_with_no_problems_and_hands_over_all_19_learners(
            @TempDir Path dir) throws IOException {
        String sample = Files.readString(SAMPLE);
        String corrected = sample
                .replace("<ULN>1061484935</ULN>", "<ULN>1061484938</ULN>")
                .replaceFirst("(<LearnAimRef>60145353</LearnAimRef>\\s*<AimType>4</AimType>\\s*)<AimSeqNumber>1<",
                        "$1<AimSeqNumber>2<");
        assertThat(corrected).isNotEqualTo(sample);
        Path file = Files.writeString(dir.resolve(SAMPLE_NAME), corrected);

        IlrReadResult result = new IlrReader(IlrLimits.defaults()).read(file, SAMPLE_NAME, handler);

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.learnerCount()).isEqualTo(19);
        assertThat(handler.learners).hasSize(19);
    }

    @Test
    void funders_sample_learners_are_mapped_from_the_elements_they_really_hold() {
        new IlrReader(IlrLimits.defaults()).read(SAMPLE, SAMPLE_NAME, handler);

        IlrLearner first = handler.learner("16Learner");
        assertThat(first.line()).isEqualTo(38);
        assertThat(first).extracting(IlrLearner::uln, IlrLearner::familyName, IlrLearner::givenNames,
                        IlrLearner::dateOfBirth, IlrLearner::postcode, IlrLearner::addLine1, IlrLearner::addLine2,
                        IlrLearner::addLine3, IlrLearner::telNo, IlrLearner::email)
                .containsExactly("1061484016", "Smith", "Jane", LocalDate.of(2009, 2, 27), "BR1 7SS", "The Street",
                        "ToyTown", null, null, null);
        assertThat(first.learnerFams()).containsExactly(new IlrFam("LSR", "55", null, null),
                new IlrFam("EDF", "2", null, null), new IlrFam("MCF", "3", null, null), new IlrFam("FME", "2", null, null));
        assertThat(first.contactPreferences()).isEmpty();
        assertThat(first.employmentStatuses()).isEmpty();
        assertThat(first.deliveries()).extracting(IlrLearningDelivery::learnAimRef, IlrLearningDelivery::aimSeqNumber,
                        IlrLearningDelivery::compStatus, IlrLearningDelivery::learnActEndDate,
                        IlrLearningDelivery::withdrawReason, IlrLearningDelivery::outcome)
                .containsExactly(tuple("60149735", 1, 1, null, null, null),
                        tuple("60146242", 2, 3, LocalDate.of(2025, 4, 1), 98, 3));

        IlrLearner withEmployer = handler.learners.stream()
                .filter(learner -> learner.employmentStatuses().stream().anyMatch(status -> status.empId() != null))
                .findFirst().orElseThrow();
        assertThat(withEmployer.employmentStatuses().getFirst().empId()).isBetween(100_000_000L, 999_999_999L);
        assertThat(handler.learners).flatMap(IlrLearner::deliveries).flatMap(IlrLearningDelivery::fams)
                .anySatisfy(fam -> assertThat(fam.dateFrom()).isNotNull())
                .anySatisfy(fam -> assertThat(fam.dateTo()).isNotNull());
    }
}
