package app.waymark.demo;

import app.waymark.IntegrationTest;
import app.waymark.bootcamp.BootcampEvents;
import app.waymark.bootcamp.EventKind;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.ImportReport;
import app.waymark.learner.LearnerAims;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's recorded Skills Bootcamp events went through the product: recorded by the service, and the one the MIS
 * holds marked by a real import of the bootcamp learners' file; the other still waits for ZPROG001's completion.
 */
class DemoBootcampsTest extends IntegrationTest {

    @Autowired
    BootcampEvents events;
    @Autowired
    IlrImportService imports;
    @Autowired
    LearnerAims learners;

    @Test
    void one_demo_event_waits_for_the_mis_and_the_other_was_marked_by_the_second_import() {
        signIn("mis@northfield.example");
        ImportReport again = imports.history(1000).stream()
                .filter(report -> report.fileName().endsWith("-bootcamps.xml")).findFirst().orElseThrow();
        assertThat(again.learnersInFile()).isEqualTo(SyntheticIlrFile.BOOTCAMP_CODINGS);
        assertThat(again.created()).as("the same learners, matched by reference").isZero();

        BootcampEvents.LearnerEvent helpdesk = onlyEvent("BCHELPDESK1");
        assertThat(helpdesk.event().kind()).isEqualTo(EventKind.INTERVIEW_OFFER);
        assertThat(helpdesk.event().date()).isEqualTo(LocalDate.of(2022, 12, 20));
        assertThat(helpdesk.event().inMis()).isFalse();
        assertThat(helpdesk.rows()).isNotEmpty();

        BootcampEvents.LearnerEvent worked = onlyEvent("BCWORKED1");
        assertThat(worked.event().inMis()).isTrue();
        assertThat(worked.event().inMisImportId()).isEqualTo(again.id());
    }

    private BootcampEvents.LearnerEvent onlyEvent(String learnRefNumber) {
        var learner = learners.inProgramme(37, 32).stream()
                .filter(each -> each.learnRefNumber().equals(learnRefNumber)).findFirst().orElseThrow();
        var recorded = events.forLearner(learner.learnerId()).orElseThrow().events();
        assertThat(recorded).hasSize(1);
        return recorded.getFirst();
    }
}
