package app.waymark.bootcamp;

import app.waymark.IntegrationTest;
import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.ilr.ImportReport;
import app.waymark.learner.LearnerAims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recording guided learning hours against the embedded database (release 0033): listed and judged with the aims,
 * recording and removal audited, refusals that name the field and change nothing, only staff who may edit learners,
 * and another provider's hours out of reach. A Riverside learner imported with the helpdesk's coding of the thread
 * (started 01/08/2022, training ended 30/11/2022), one per test.
 */
class BootcampHoursTest extends IntegrationTest {

    private static final String MIS_OFFICER = "mis@riverside.example";
    private static final LocalDate START = LocalDate.of(2022, 8, 1);

    @Autowired
    BootcampHours hours;
    @Autowired
    BootcampOverview overview;
    @Autowired
    IlrImportService imports;
    @Autowired
    LearnerAims learnerAims;
    @Autowired
    AuditService audit;

    private String ref;
    private UUID learner;

    @BeforeEach
    void importTheHelpdeskLearner() throws IOException {
        signIn(MIS_OFFICER);
        ref = "BCGLH" + Math.floorMod(System.nanoTime(), 1_000_000);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        ImportReport report = imports.importFile(BootcampIlrFile.write(today, ref, BootcampIlrFile.HELPDESK,
                "100000"), "ILR-10004567-" + ref + ".xml", progress -> {
        });
        assertThat(report.status()).as("%s", report.problems()).isEqualTo(IlrImportStatus.APPLIED);
        learner = learnerAims.inProgramme(37, 32).stream().filter(each -> each.learnRefNumber().equals(ref))
                .findFirst().orElseThrow().learnerId();
    }

    @Test
    void recorded_hours_are_listed_by_day_and_counted_by_the_learners_evaluation() {
        hours.record(learner, START.plusDays(1), new BigDecimal("2.50"), "  Workshop 2  ");
        hours.record(learner, START, new BigDecimal("3"), " ");

        List<RecordedHours> recorded = hours.forLearner(learner);
        assertThat(recorded).extracting(RecordedHours::deliveredOn).containsExactly(START, START.plusDays(1));
        assertThat(recorded).extracting(RecordedHours::note).containsExactly(null, "Workshop 2");
        assertThat(recorded.getFirst().recordedBy()).isNotBlank();
        BootcampEvaluation evaluation = overview.forLearner(learner).getFirst().evaluation();
        assertThat(evaluation.guidedHours()).isEqualByComparingTo("5.5");
        assertThat(evaluation.verdict(Milestone.START).triggerDate()).as("5 hours were reached on the second day")
                .isEqualTo(START.plusDays(1));
    }

    @Test
    void recording_and_removing_hours_are_audited_and_removal_takes_them_out_of_the_evaluation() {
        UUID id = hours.record(learner, START.plusDays(3), new BigDecimal("6"), "Full day");

        hours.remove(id);

        assertThat(hours.forLearner(learner)).isEmpty();
        assertThat(overview.forLearner(learner).getFirst().evaluation().guidedHours()).isEqualByComparingTo("0");
        signIn("admin@riverside.example");
        List<AuditRecord> history = audit.historyOf("Learner", learner.toString(), 5);
        assertThat(history).extracting(AuditRecord::action).containsExactly(AuditActions.BOOTCAMP_HOURS_REMOVED,
                AuditActions.BOOTCAMP_HOURS_RECORDED);
        assertThat(history.get(1).detailsAfter()).contains("2022-08-04", "6", "Full day");
        assertThat(history.getFirst().detailsBefore()).contains("2022-08-04");
    }

    @Test
    void bad_entries_are_refused_with_the_field_and_the_reason_and_nothing_is_recorded() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        hours.record(learner, START.plusDays(7), new BigDecimal("4"), null);

        assertRefused(null, "2", "deliveredOn", "Enter the day the hours were delivered");
        assertRefused(today.plusDays(1), "2", "deliveredOn", "is in the future");
        assertRefused(START.minusDays(1), "2", "deliveredOn", "is before the Skills Bootcamp started (01/08/2022)");
        assertRefused(LocalDate.of(2022, 12, 1), "2", "deliveredOn",
                "is after the training ended (30/11/2022, the subject aim's actual end date)");
        assertRefused(START.plusDays(2), null, "hours", "Enter the guided learning hours delivered that day");
        assertRefused(START.plusDays(2), "0", "hours", "must be more than 0, not 0");
        assertRefused(START.plusDays(2), "-1", "hours", "must be more than 0, not -1");
        assertRefused(START.plusDays(2), "12.5", "hours", "At most 12 guided learning hours can be recorded for a day");
        assertRefused(START.plusDays(2), "1.125", "hours", "at most 2 decimal places");
        assertRefused(START.plusDays(7), "1", "deliveredOn", "4 hours are already recorded for 08/08/2022");
        assertThatThrownBy(() -> hours.record(learner, START.plusDays(2), BigDecimal.ONE, "x".repeat(501)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("note");

        assertThat(hours.forLearner(learner)).singleElement()
                .satisfies(entry -> assertThat(entry.deliveredOn()).isEqualTo(START.plusDays(7)));
        assertThat(audit.historyOf("Learner", learner.toString(), 5)).extracting(AuditRecord::action)
                .containsOnlyOnce(AuditActions.BOOTCAMP_HOURS_RECORDED);
    }

    @Test
    void only_staff_who_may_edit_learners_record_or_remove_hours() {
        UUID id = hours.record(learner, START, BigDecimal.ONE, null);
        signIn("admin@riverside.example");

        assertThatThrownBy(() -> hours.record(learner, START.plusDays(1), BigDecimal.ONE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hours.remove(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(hours.forLearner(learner)).hasSize(1);
    }

    @Test
    void another_providers_staff_neither_see_nor_remove_the_hours() {
        UUID id = hours.record(learner, START, new BigDecimal("2"), null);
        signIn("mis@northfield.example");

        assertThat(hours.forLearner(learner)).isEmpty();
        assertThatThrownBy(() -> hours.remove(id)).isInstanceOf(InvalidInputException.class)
                .hasMessage("These hours are no longer recorded");
        assertThatThrownBy(() -> hours.record(learner, START.plusDays(1), BigDecimal.ONE, null))
                .isInstanceOf(InvalidInputException.class).hasMessage("There is no such learner in your organisation");

        signIn(MIS_OFFICER);
        assertThat(hours.forLearner(learner)).hasSize(1);
    }

    private void assertRefused(LocalDate day, String amount, String field, String message) {
        assertThatThrownBy(() -> hours.record(learner, day, amount == null ? null : new BigDecimal(amount), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
