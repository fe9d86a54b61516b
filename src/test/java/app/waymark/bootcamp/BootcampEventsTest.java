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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recording Skills Bootcamp events against the embedded database (release 0031): the rows to key in, the refusals
 * that change nothing, removal while waiting, the audit trail, and the mark "in the MIS" set by the import whose
 * data holds the rows. A Riverside learner imported with the helpdesk's coding of the thread, one per test.
 */
class BootcampEventsTest extends IntegrationTest {

    private static final String MIS_OFFICER = "mis@riverside.example";
    private static final LocalDate OFFER = LocalDate.of(2022, 12, 20);

    @Autowired
    BootcampEvents events;
    @Autowired
    IlrImportService imports;
    @Autowired
    LearnerAims learnerAims;
    @Autowired
    AuditService audit;

    private String ref;
    private UUID learner;
    private int serial = 100000;

    @BeforeEach
    void importTheHelpdeskLearner() throws IOException {
        signIn(MIS_OFFICER);
        ref = "BCEVT" + Math.floorMod(System.nanoTime(), 1_000_000);
        assertThat(importFile(BootcampIlrFile.HELPDESK).status()).isEqualTo(IlrImportStatus.APPLIED);
        learner = learnerAims.inProgramme(37, 32).stream().filter(each -> each.learnRefNumber().equals(ref))
                .findFirst().orElseThrow().learnerId();
    }

    @Test
    void an_interview_offer_waits_for_the_mis_until_the_import_holding_its_rows_marks_it() throws IOException {
        UUID id = events.record(learner, EventKind.INTERVIEW_OFFER, OFFER, " ", "Offer letter emailed to the tutor");

        BootcampEvents.LearnerEvent waiting = only(events.forLearner(learner).orElseThrow());
        assertThat(waiting.event().id()).isEqualTo(id);
        assertThat(waiting.event().inMis()).isFalse();
        assertThat(waiting.event().eviCode()).as("a blank EVI code is none").isNull();
        assertThat(waiting.event().recordedBy()).isNotBlank();
        assertThat(waiting.rows()).as("the MIS holds the event aim already; ZPROG001 is to complete")
                .singleElement().satisfies(row -> {
                    assertThat(row.learnAimRef()).isEqualTo("ZPROG001");
                    assertThat(row.fields()).containsExactly(new KeyInRow.Field("CompStatus", "2"),
                            new KeyInRow.Field("LearnActEndDate", "2022-12-20"), new KeyInRow.Field("Outcome", "8"),
                            new KeyInRow.Field("AchDate", ""));
                });

        importFile(BootcampIlrFile.HELPDESK);
        assertThat(only(events.forLearner(learner).orElseThrow()).event().inMis()).as("the same coding again").isFalse();

        ImportReport corrected = importFile(BootcampIlrFile.COMPLETED_ON_THE_OFFER);

        BootcampEvents.LearnerEvent held = only(events.forLearner(learner).orElseThrow());
        assertThat(held.event().inMis()).isTrue();
        assertThat(held.event().inMisImportId()).isEqualTo(corrected.id());
        assertThat(held.rows()).isEmpty();
        assertThat(events.waiting()).extracting(BootcampEvents.LearnerEvents::learnRefNumber).doesNotContain(ref);
        assertThatThrownBy(() -> events.remove(id)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The interview offer on 20/12/2022 is already in the MIS, so it stays recorded: correct"
                        + " the MIS, and the milestones follow the next import");
        assertThat(events.forLearner(learner).orElseThrow().events()).hasSize(1);
    }

    @Test
    void recording_and_removing_a_waiting_event_are_audited_and_it_is_listed_for_the_provider_until_removed() {
        UUID id = events.record(learner, EventKind.SELF_EMPLOYMENT_PLAN, LocalDate.of(2023, 1, 9), null, null);
        assertThat(events.waiting()).filteredOn(each -> each.learnRefNumber().equals(ref)).singleElement()
                .satisfies(each -> assertThat(each.events()).singleElement().satisfies(event ->
                        assertThat(event.rows()).extracting(KeyInRow::action)
                                .containsExactly(KeyInRow.Action.ADD_AIM, KeyInRow.Action.CHANGE_AIM)));

        events.remove(id);

        assertThat(events.forLearner(learner).orElseThrow().events()).isEmpty();
        signIn("admin@riverside.example");
        List<AuditRecord> history = audit.historyOf("Learner", learner.toString(), 5);
        assertThat(history).extracting(AuditRecord::action).containsExactly(AuditActions.BOOTCAMP_EVENT_REMOVED,
                AuditActions.BOOTCAMP_EVENT_RECORDED);
        assertThat(history.get(1).detailsAfter()).contains("SELF_EMPLOYMENT_PLAN", "2023-01-09");
    }

    @Test
    void bad_events_are_refused_with_the_field_and_the_reason_and_nothing_is_recorded() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        events.record(learner, EventKind.INTERVIEW_OFFER, OFFER, null, null);

        assertRefused(EventKind.INTERVIEW_OFFER, null, null, "eventDate", "Enter the date of the event");
        assertRefused(EventKind.INTERVIEW_OFFER, today.plusDays(1), null, "eventDate", "is in the future");
        assertRefused(EventKind.INTERVIEW_OFFER, LocalDate.of(2022, 7, 1), null, "eventDate",
                "is before the Skills Bootcamp started (01/08/2022)");
        assertRefused(EventKind.NEW_ROLE_WITH_EMPLOYER, OFFER, "4", "eviCode", "has no EVI code");
        assertRefused(EventKind.INTERVIEW_OFFER, OFFER, null, "eventDate",
                "An interview offer on 20/12/2022 is already recorded for this learner");
        assertRefused(EventKind.JOB_OUTCOME, LocalDate.of(2023, 6, 1), null, "eventDate",
                "after the outcome deadline 30/05/2023");
        assertRefused(null, OFFER, null, "kind", "Choose what happened");
        assertRefused(EventKind.INTERVIEW_OFFER, OFFER.plusDays(1), "x1", "eviCode", "a number of up to 3 digits");

        assertThat(events.forLearner(learner).orElseThrow().events()).hasSize(1);
    }

    @Test
    void only_staff_who_may_edit_learners_record_events() {
        signIn("admin@riverside.example");

        assertThatThrownBy(() -> events.record(learner, EventKind.INTERVIEW_OFFER, OFFER, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(EventKind kind, LocalDate date, String eviCode, String field, String message) {
        assertThatThrownBy(() -> events.record(learner, kind, date, eviCode, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }

    private static BootcampEvents.LearnerEvent only(BootcampEvents.LearnerEvents learnerEvents) {
        assertThat(learnerEvents.events()).hasSize(1);
        return learnerEvents.events().getFirst();
    }

    private ImportReport importFile(String programmeCoding) throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        ImportReport report = imports.importFile(BootcampIlrFile.write(today, ref, programmeCoding,
                String.valueOf(serial++)), "ILR-10004567-" + ref + ".xml", progress -> {
        });
        assertThat(report.status()).as("%s", report.problems()).isEqualTo(IlrImportStatus.APPLIED);
        return report;
    }
}
