package app.waymark.demo;

import app.waymark.ilr.reader.IlrHeader;
import app.waymark.ilr.reader.IlrLearner;
import app.waymark.ilr.reader.IlrLearnerHandler;
import app.waymark.ilr.reader.IlrLimits;
import app.waymark.ilr.reader.IlrReadResult;
import app.waymark.ilr.reader.IlrReader;
import app.waymark.ilr.reader.IlrYear;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The made-up files of the demo and the benchmarks are valid ILR of their year, as the real reader sees them. */
class SyntheticIlrFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(IlrYear.class)
    void a_generated_file_reads_without_a_problem_in_its_own_year(IlrYear year) {
        Path file = dir.resolve("ILR-10012345-" + year.shortCode() + "-synthetic.xml");
        SyntheticIlrFile.write(file, "10012345", year, 400, 7);
        List<IlrLearner> learners = new ArrayList<>();
        List<IlrHeader> headers = new ArrayList<>();

        IlrReadResult result = new IlrReader(IlrLimits.defaults()).read(file, file.getFileName().toString(),
                new IlrLearnerHandler() {
                    @Override
                    public void header(IlrHeader header) {
                        headers.add(header);
                    }

                    @Override
                    public void learner(IlrLearner learner) {
                        learners.add(learner);
                    }
                });

        assertThat(result.problems()).isEmpty();
        assertThat(headers).singleElement().extracting(IlrHeader::year).isEqualTo(year);
        assertThat(learners).hasSize(400);
    }
}
