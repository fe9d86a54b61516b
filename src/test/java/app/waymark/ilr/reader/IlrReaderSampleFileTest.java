package app.waymark.ilr.reader;

import app.waymark.ilr.IlrSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The funder's published sample file must load. Two of its learners break rules the funder's validation knows
 * (ASFLearner's ULN 1061484935 fails the check digit; ASLearner has two aims with AimSeqNumber 1), so the reader
 * does not refuse files for those two.
 */
class IlrReaderSampleFileTest extends ReaderTestSupport {

    private static final Path SAMPLE = IlrSamples.FUNDER_2526;
    private static final String SAMPLE_NAME = SAMPLE.getFileName().toString();

    @BeforeAll
    static void sampleIsThere() {
        assertThat(SAMPLE).as("the funder's sample ILR file in the repository (tests run from its root)")
                .isRegularFile();
    }

    @Test
    void funders_sample_reads_as_2025_26_for_ukprn_99999999_with_all_19_learners_and_no_problems() {
        IlrReadResult result = new IlrReader(IlrLimits.defaults()).read(SAMPLE, SAMPLE_NAME, handler);

        assertThat(result.header()).isEqualTo(new IlrHeader(IlrYear.Y2025_26, "99999999", LocalDate.of(2025, 1, 8)));
        assertThat(handler.headers).containsExactly(result.header());
        assertThat(result.problems()).isEmpty();
        assertThat(result.learnerCount()).isEqualTo(19);
        assertThat(handler.learners).hasSize(19)
                .extracting(IlrLearner::learnRefNumber).contains("ASLearner", "ASFLearner");
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
