package app.waymark.demo;

import app.waymark.IntegrationTest;
import app.waymark.base.ui.UkFormats;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.ImportReport;
import app.waymark.ilr.reader.IlrYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DemoLearnersTest extends IntegrationTest {

    @Autowired
    IlrImportService imports;

    @Test
    void the_demo_learners_come_from_a_file_of_the_current_ilr_year_so_the_demo_never_ages() {
        signIn("mis@riverside.example");
        IlrYear current = IlrYear.containing(LocalDate.now(clock.withZone(UkFormats.UK))).orElseThrow();

        ImportReport demo = imports.history(1000).stream()
                .filter(report -> report.fileName().endsWith("-demo.xml")).findFirst().orElseThrow();

        assertThat(demo.fileName()).isEqualTo("ILR-10004567-" + current.shortCode() + "-demo.xml");
        assertThat(demo.ilrYear()).isEqualTo(current.label());
        assertThat(demo.created()).isEqualTo(DemoLearners.LEARNERS + SyntheticIlrFile.BOOTCAMP_CODINGS);
        assertThat(demo.problems()).isEmpty();
    }
}
