package app.waymark.tracker;

import app.waymark.base.Sentence;
import app.waymark.base.security.Permission;
import app.waymark.learner.RecordChange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StaffLedTrackerTypesTest {

    private static final Set<TrackerType> PROGRAMME_STATUS = EnumSet.of(TrackerType.BREAK_IN_LEARNING,
            TrackerType.RETURN_TO_LEARNING, TrackerType.CHANGE_OF_PROGRAMME, TrackerType.WITHDRAWAL);

    @Test
    void the_staff_led_types_take_their_own_change_and_four_of_them_change_programme_status() {
        assertThat(TrackerType.CHANGE_OF_EMPLOYER.accepts(
                new RecordChange.EmployerChange(LocalDate.of(2025, 3, 3), 123456789L, BigDecimal.TEN))).isTrue();
        assertThat(TrackerType.BREAK_IN_LEARNING.accepts(new RecordChange.BreakInLearning(null))).isTrue();
        assertThat(TrackerType.RETURN_TO_LEARNING.accepts(new RecordChange.ReturnToLearning(null, null))).isTrue();
        assertThat(TrackerType.CHANGE_OF_PROGRAMME.accepts(new RecordChange.ProgrammeChange(null, null))).isTrue();
        assertThat(TrackerType.WITHDRAWAL.accepts(new RecordChange.Withdrawal(null, 44))).isTrue();
        assertThat(TrackerType.WITHDRAWAL.accepts(new RecordChange.BreakInLearning(null))).isFalse();
        for (TrackerType type : TrackerType.values()) {
            assertThat(type.changesProgrammeStatus()).as(type.name()).isEqualTo(PROGRAMME_STATUS.contains(type));
        }
        assertThat(EnumSet.complementOf(EnumSet.of(TrackerType.CHANGE_OF_NAME, TrackerType.CHANGE_OF_ADDRESS,
                TrackerType.CHANGE_OF_CONTACT_DETAILS))).noneMatch(TrackerType::learnerLed);
    }

    @Test
    void a_qa_verified_learners_programme_status_needs_ilr_qa_to_process_but_a_change_of_employer_does_not() {
        TrackerActor processor = actor(Permission.TRACKER_PROCESS);
        TrackerActor qaProcessor = actor(Permission.TRACKER_PROCESS, Permission.LEARNER_PROGRAMME_STATUS_QA);
        for (TrackerType type : PROGRAMME_STATUS) {
            assertThat(processing(type, processor, true)).contains(Sentence.of("tracker.refused.qa-locked"));
            assertThat(processing(type, processor, false)).isEmpty();
            assertThat(processing(type, qaProcessor, true)).isEmpty();
        }
        assertThat(processing(TrackerType.CHANGE_OF_EMPLOYER, processor, true)).isEmpty();
    }

    private static Optional<Sentence> processing(TrackerType type, TrackerActor actor, boolean qaVerified) {
        return TrackerWorkflow.refusal(TrackerAction.PROCESS, new TrackerWorkflow.Situation(
                TrackerStatus.PRE_AUTHORISED, type, TrackerTypeSetting.defaults(type), actor, false, qaVerified,
                true));
    }

    private static TrackerActor actor(String... permissions) {
        return new TrackerActor(UUID.randomUUID(), "Pat Processor", Set.of(permissions));
    }
}
