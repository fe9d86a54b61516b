package app.waymark.bootcamp;

import app.waymark.base.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.Period;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ILR rows Waymark lists for a recorded event, for both year rule sets and each event kind (issue 15 part 3):
 * event aims with equal dates and 2/1 up to 31 July 2025 starts, the EVI FAM on ZPROG001 from 1 August 2025, the
 * programme aim completed as the thread's working coding once the training is complete, and ZPROG001 2/1 with the
 * achievement date for a job outcome.
 */
class KeyInRowsTest {

    private static final Period SIX_MONTHS = Period.ofMonths(6);

    /** The helpdesk's learner of the thread: started 01/08/2022, training ended 30/11/2022, ZPROG001 1/8. */
    private static BootcampProgramme trainedUpTo2025(LocalDate trainingEnd) {
        LocalDate start = LocalDate.of(2022, 8, 1);
        return new BootcampProgramme(List.of(
                Aims.programme(1, start, trainingEnd).status(1, 8).build(),
                Aims.component(2, "Z0059758", start, trainingEnd).status(2, 1).ended(trainingEnd).build()));
    }

    /** A 2025-26 start: 01/09/2025, training ended 28/11/2025, ZPROG001 still continuing. */
    private static BootcampProgramme trainedFrom2025() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        LocalDate end = LocalDate.of(2025, 11, 28);
        return new BootcampProgramme(List.of(
                Aims.programme(1, start, end).status(1, null).build(),
                Aims.component(2, "Z0059758", start, end).status(2, 1).ended(end).build()));
    }

    private static String text(KeyInRow row) {
        return Texts.text(row.meaning());
    }

    @Nested
    class EventAimsUpTo2025 {

        private final BootcampProgramme programme = trainedUpTo2025(LocalDate.of(2022, 11, 30));
        private final LocalDate offer = LocalDate.of(2022, 12, 20);

        @ParameterizedTest
        @EnumSource(value = EventKind.class, names = "JOB_OUTCOME", mode = EnumSource.Mode.EXCLUDE)
        void an_event_is_a_new_event_aim_with_equal_dates_completed_and_achieved(EventKind kind) {
            List<KeyInRow> rows = KeyInRows.rows(kind, offer, null, programme, 3);

            KeyInRow aim = rows.getFirst();
            assertThat(aim.action()).isEqualTo(KeyInRow.Action.ADD_AIM);
            assertThat(aim.aimSeqNumber()).isEqualTo(3);
            assertThat(aim.learnAimRef()).isEqualTo(kind.eventAim().orElseThrow().learnAimRef());
            assertThat(aim.fields()).extracting(KeyInRow.Field::name).containsExactly("LearnAimRef", "AimType",
                    "AimSeqNumber", "LearnStartDate", "LearnPlanEndDate", "FundModel", "ProgType", "CompStatus",
                    "LearnActEndDate", "Outcome", "LearnDelFAMType", "LearnDelFAMCode");
            assertThat(aim.value("AimType")).isEqualTo("3");
            assertThat(aim.value("FundModel")).isEqualTo("37");
            assertThat(List.of(aim.value("LearnStartDate"), aim.value("LearnPlanEndDate"),
                    aim.value("LearnActEndDate"))).containsOnly("2022-12-20");
            assertThat(aim.value("CompStatus")).isEqualTo("2");
            assertThat(aim.value("Outcome")).isEqualTo("1");
            assertThat(aim.value("LearnDelFAMCode")).as("the programme aim's source of funding").isEqualTo("105");
        }

        @Test
        void with_the_training_complete_zprog001_gets_the_coding_that_worked_in_the_thread() {
            List<KeyInRow> rows = KeyInRows.rows(EventKind.INTERVIEW_OFFER, offer, null, programme, 3);

            assertThat(rows).hasSize(2);
            KeyInRow change = rows.get(1);
            assertThat(change.action()).isEqualTo(KeyInRow.Action.CHANGE_AIM);
            assertThat(change.learnAimRef()).isEqualTo("ZPROG001");
            assertThat(change.fields()).containsExactly(new KeyInRow.Field("CompStatus", "2"),
                    new KeyInRow.Field("LearnActEndDate", "2022-12-20"), new KeyInRow.Field("Outcome", "8"),
                    new KeyInRow.Field("AchDate", ""));
            assertThat(text(change)).isEqualTo("Change aim 1 ZPROG001 to CompStatus 2 and Outcome 8 with actual end"
                    + " date 20/12/2022, and leave its achievement date empty: the coding that triggered the"
                    + " completion milestone (M2) in the providers' thread (CompStatus 1 without an actual end date"
                    + " did not).");
            assertThat(text(rows.getFirst())).isEqualTo("Add aim 3: event aim Z0059747, AimType 3, FundModel 37,"
                    + " ProgType 32, with 20/12/2022 as its start, planned end and actual end dates (the day the"
                    + " offer was made or the plan received), CompStatus 2 and Outcome 1, never continuing.");
        }

        @Test
        void an_event_before_the_training_ended_closes_zprog001_on_the_training_end_not_before_it_r143() {
            BootcampProgramme ended = trainedUpTo2025(LocalDate.of(2023, 1, 31));

            KeyInRow change = KeyInRows.rows(EventKind.NEW_ROLE_WITH_EMPLOYER, offer, null, ended, 3).get(1);

            assertThat(change.value("LearnActEndDate")).isEqualTo("2023-01-31");
        }

        @Test
        void while_the_training_continues_only_the_event_aim_is_listed_and_the_completion_waits() {
            LocalDate start = LocalDate.of(2022, 8, 1);
            BootcampProgramme inLearning = new BootcampProgramme(List.of(
                    Aims.programme(1, start, start.plusMonths(4)).build(),
                    Aims.component(2, "Z0059758", start, start.plusMonths(4)).build()));

            List<KeyInRow> rows = KeyInRows.rows(EventKind.INTERVIEW_OFFER, LocalDate.of(2022, 10, 3), null,
                    inLearning, 3);

            assertThat(rows).extracting(KeyInRow::action).containsExactly(KeyInRow.Action.ADD_AIM);
            assertThat(KeyInRows.waitingFor(EventKind.INTERVIEW_OFFER, inLearning)).isPresent();
            assertThat(KeyInRows.waitingFor(EventKind.INTERVIEW_OFFER, programme)).isEmpty();
        }

        @Test
        void a_job_outcome_sets_zprog001_achieved_with_its_achievement_date() {
            List<KeyInRow> rows = KeyInRows.rows(EventKind.JOB_OUTCOME, LocalDate.of(2023, 3, 1), null,
                    programme, 3);

            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.action()).isEqualTo(KeyInRow.Action.CHANGE_AIM);
                assertThat(row.fields()).containsExactly(new KeyInRow.Field("CompStatus", "2"),
                        new KeyInRow.Field("LearnActEndDate", "2022-11-30"), new KeyInRow.Field("Outcome", "1"),
                        new KeyInRow.Field("AchDate", "2023-03-01"));
                assertThat(text(row)).isEqualTo("Change aim 1 ZPROG001 to CompStatus 2 and Outcome 1 with actual end"
                        + " date 30/11/2022 and achievement date 01/03/2023: the achievement date triggers the"
                        + " outcome milestone (M3) and may be at most 6 months after the actual end date (by"
                        + " 30/05/2023).");
            });
        }

        @Test
        void once_the_mis_holds_the_event_aim_and_zprog001_completed_nothing_is_left_to_key_in() {
            LocalDate start = LocalDate.of(2022, 10, 3);
            LocalDate end = LocalDate.of(2023, 2, 25);
            BootcampProgramme worked = new BootcampProgramme(List.of(
                    Aims.programme(1, start, end).status(2, 8).ended(end).build(),
                    Aims.component(2, "Z0059758", start, end).status(2, 1).ended(end).build(),
                    Aims.event(3, "Z0059747", end).build()));
            RecordedEvent event = event(EventKind.INTERVIEW_OFFER, end, null);

            assertThat(KeyInRows.rows(EventKind.INTERVIEW_OFFER, end, null, worked, 4)).isEmpty();
            assertThat(KeyInRows.heldBy(event, worked)).isTrue();
            assertThat(KeyInRows.heldBy(event(EventKind.SELF_EMPLOYMENT_PLAN, end, null), worked))
                    .as("another kind on the same day is not held").isFalse();
            assertThat(KeyInRows.heldBy(event, trainedUpTo2025(LocalDate.of(2022, 11, 30)))).isFalse();
        }
    }

    @Nested
    class EviFromAugust2025 {

        private final BootcampProgramme programme = trainedFrom2025();
        private final LocalDate offer = LocalDate.of(2025, 12, 15);

        @ParameterizedTest
        @EnumSource(value = EventKind.class, names = "JOB_OUTCOME", mode = EnumSource.Mode.EXCLUDE)
        void an_event_is_an_evi_fam_on_zprog001_with_its_date_from_and_no_event_aim(EventKind kind) {
            List<KeyInRow> rows = KeyInRows.rows(kind, offer, "1", programme, 3);

            assertThat(rows).extracting(KeyInRow::action).containsExactly(KeyInRow.Action.ADD_FAM,
                    KeyInRow.Action.CHANGE_AIM);
            assertThat(rows.getFirst().learnAimRef()).isEqualTo("ZPROG001");
            assertThat(rows.getFirst().fields()).containsExactly(new KeyInRow.Field("LearnDelFAMType", "EVI"),
                    new KeyInRow.Field("LearnDelFAMCode", "1"), new KeyInRow.Field("LearnDelFAMDateFrom",
                            "2025-12-15"));
            assertThat(rows.get(1).value("LearnActEndDate")).isEqualTo("2025-12-15");
            assertThat(rows.get(1).value("Outcome")).isEqualTo("8");
        }

        @Test
        void a_job_outcome_sets_zprog001_achieved_with_its_achievement_date() {
            BootcampProgramme completed = new BootcampProgramme(List.of(
                    Aims.programme(1, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 28)).status(2, 8)
                            .ended(offer).evi("1", offer).build(),
                    Aims.component(2, "Z0059758", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 28))
                            .status(2, 1).ended(LocalDate.of(2025, 11, 28)).build()));

            List<KeyInRow> rows = KeyInRows.rows(EventKind.JOB_OUTCOME, LocalDate.of(2026, 1, 12), null,
                    completed, 3);

            assertThat(rows).singleElement().satisfies(row -> assertThat(row.fields()).containsExactly(
                    new KeyInRow.Field("CompStatus", "2"), new KeyInRow.Field("LearnActEndDate", "2025-12-15"),
                    new KeyInRow.Field("Outcome", "1"), new KeyInRow.Field("AchDate", "2026-01-12")));
            assertThat(KeyInRows.heldBy(event(EventKind.JOB_OUTCOME, LocalDate.of(2026, 1, 12), null), completed))
                    .isFalse();
            assertThat(KeyInRows.heldBy(event(EventKind.INTERVIEW_OFFER, offer, "1"), completed)).isTrue();
            assertThat(KeyInRows.heldBy(event(EventKind.INTERVIEW_OFFER, offer, "4"), completed))
                    .as("an EVI with another code").isFalse();
        }

        @Test
        void an_evi_code_is_required_and_an_event_aim_year_refuses_one() {
            assertThatThrownBy(() -> KeyInRows.check(EventKind.INTERVIEW_OFFER, offer, null, programme,
                    LocalDate.of(2026, 1, 5), SIX_MONTHS))
                    .isInstanceOf(InvalidInputException.class).hasMessage("This programme started on 01/09/2025, so"
                            + " the event is an EVI FAM on ZPROG001: enter the EVI code your MIS uses for it")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("eviCode");
            assertThatThrownBy(() -> KeyInRows.check(EventKind.INTERVIEW_OFFER, LocalDate.of(2022, 12, 20), "1",
                    trainedUpTo2025(LocalDate.of(2022, 11, 30)), LocalDate.of(2026, 1, 5), SIX_MONTHS))
                    .hasMessageContaining("before 1 August 2025, so the event is an event aim and has no EVI code");
        }
    }

    @Test
    void dates_missing_in_the_future_or_before_the_start_are_refused_on_the_date_field() {
        BootcampProgramme programme = trainedUpTo2025(LocalDate.of(2022, 11, 30));
        LocalDate today = LocalDate.of(2026, 12, 4);

        assertThatThrownBy(() -> KeyInRows.check(EventKind.INTERVIEW_OFFER, null, null, programme, today,
                SIX_MONTHS)).hasMessageStartingWith("Enter the date of the event");
        assertThatThrownBy(() -> KeyInRows.check(EventKind.INTERVIEW_OFFER, today.plusDays(1), null, programme,
                today, SIX_MONTHS)).hasMessage("The event date 05/12/2026 is in the future: record an event once it"
                + " has happened");
        assertThatThrownBy(() -> KeyInRows.check(EventKind.INTERVIEW_OFFER, LocalDate.of(2022, 7, 31), null,
                programme, today, SIX_MONTHS)).hasMessage("The event date 31/07/2022 is before the Skills Bootcamp"
                + " started (01/08/2022)");
    }

    @Test
    void a_job_outcome_needs_the_training_complete_and_comes_by_the_outcome_deadline() {
        LocalDate start = LocalDate.of(2022, 8, 1);
        BootcampProgramme inLearning = new BootcampProgramme(List.of(
                Aims.programme(1, start, start.plusMonths(4)).build(),
                Aims.component(2, "Z0059758", start, start.plusMonths(4)).build()));
        LocalDate today = LocalDate.of(2026, 12, 4);

        assertThatThrownBy(() -> KeyInRows.check(EventKind.JOB_OUTCOME, LocalDate.of(2022, 10, 1), null,
                inLearning, today, SIX_MONTHS)).hasMessageStartingWith("A job outcome can only be recorded once the"
                + " training is complete");
        assertThatThrownBy(() -> KeyInRows.check(EventKind.JOB_OUTCOME, LocalDate.of(2023, 6, 1), null,
                trainedUpTo2025(LocalDate.of(2022, 11, 30)), today, SIX_MONTHS))
                .hasMessageStartingWith("A job outcome on 01/06/2023 is after the outcome deadline 30/05/2023");
        KeyInRows.check(EventKind.JOB_OUTCOME, LocalDate.of(2023, 5, 30), null,
                trainedUpTo2025(LocalDate.of(2022, 11, 30)), today, SIX_MONTHS);
    }

    @Test
    void an_event_belongs_to_the_latest_programme_started_by_its_date() {
        BootcampProgramme first = trainedUpTo2025(LocalDate.of(2022, 11, 30));
        BootcampProgramme second = trainedFrom2025();

        assertThat(KeyInRows.programmeOn(LocalDate.of(2025, 12, 1), List.of(first, second))).contains(second);
        assertThat(KeyInRows.programmeOn(LocalDate.of(2023, 1, 1), List.of(first, second))).contains(first);
    }

    private static RecordedEvent event(EventKind kind, LocalDate date, String eviCode) {
        return new RecordedEvent(UUID.randomUUID(), UUID.randomUUID(), kind, date, eviCode, null, "Test",
                Instant.now(), null, null);
    }

}
