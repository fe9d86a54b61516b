package app.waymark.tracker;

import app.waymark.base.Sentence;
import app.waymark.base.security.Permission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every action in every status against every tracker permission, with pre-authorisation required and not. */
class TrackerWorkflowPermissionsTest {

    private static final TrackerTypeSetting PRE_AUTHORISED_FIRST =
            new TrackerTypeSetting(TrackerType.CHANGE_OF_ADDRESS, true, true, false, 5);
    private static final TrackerTypeSetting STRAIGHT_TO_PROCESS =
            new TrackerTypeSetting(TrackerType.CHANGE_OF_ADDRESS, true, false, false, 5);

    static Stream<Arguments> rules() {
        return Stream.of(
                // action, status, setting, permission held, raised by this user, expected refusal key (null = allowed)
                Arguments.of(TrackerAction.PRE_AUTHORISE, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PRE_AUTHORISE, false, null),
                Arguments.of(TrackerAction.PRE_AUTHORISE, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PROCESS, false, "tracker.refused.pre-authorise"),
                Arguments.of(TrackerAction.PRE_AUTHORISE, TrackerStatus.NEW, STRAIGHT_TO_PROCESS,
                        Permission.TRACKER_PRE_AUTHORISE, false, "tracker.refused.pre-authorisation-not-needed"),
                Arguments.of(TrackerAction.PRE_AUTHORISE, TrackerStatus.PRE_AUTHORISED, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PRE_AUTHORISE, false, "tracker.refused.already-pre-authorised"),
                Arguments.of(TrackerAction.PROCESS, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PROCESS, false, "tracker.refused.needs-pre-authorisation"),
                Arguments.of(TrackerAction.PROCESS, TrackerStatus.PRE_AUTHORISED, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PROCESS, false, null),
                Arguments.of(TrackerAction.PROCESS, TrackerStatus.NEW, STRAIGHT_TO_PROCESS,
                        Permission.TRACKER_PROCESS, false, null),
                Arguments.of(TrackerAction.PROCESS, TrackerStatus.PRE_AUTHORISED, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PRE_AUTHORISE, false, "tracker.refused.process"),
                Arguments.of(TrackerAction.PROCESS, TrackerStatus.PRE_AUTHORISED, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_CREATE, true, "tracker.refused.process"),
                Arguments.of(TrackerAction.REJECT, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PRE_AUTHORISE, false, null),
                Arguments.of(TrackerAction.REJECT, TrackerStatus.PRE_AUTHORISED, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PROCESS, false, null),
                Arguments.of(TrackerAction.REJECT, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_EDIT, false, "tracker.refused.reject"),
                Arguments.of(TrackerAction.EDIT, TrackerStatus.PRE_AUTHORISED, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_EDIT, false, null),
                Arguments.of(TrackerAction.EDIT, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_CREATE, true, null),
                Arguments.of(TrackerAction.EDIT, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_CREATE, false, "tracker.refused.edit"),
                Arguments.of(TrackerAction.EDIT, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PROCESS, false, "tracker.refused.edit"),
                Arguments.of(TrackerAction.ASSIGN, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_EDIT, false, null),
                Arguments.of(TrackerAction.ASSIGN, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_CREATE, true, "tracker.refused.assign"),
                Arguments.of(TrackerAction.CANCEL, TrackerStatus.PRE_AUTHORISED, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_CREATE, true, null),
                Arguments.of(TrackerAction.CANCEL, TrackerStatus.NEW, PRE_AUTHORISED_FIRST,
                        Permission.TRACKER_PROCESS, false, "tracker.refused.cancel"),
                Arguments.of(TrackerAction.PROCESS, TrackerStatus.PROCESSED, STRAIGHT_TO_PROCESS,
                        Permission.TRACKER_PROCESS, false, "tracker.refused.closed"),
                Arguments.of(TrackerAction.CANCEL, TrackerStatus.REJECTED, STRAIGHT_TO_PROCESS,
                        Permission.TRACKER_CREATE, true, "tracker.refused.closed"),
                Arguments.of(TrackerAction.REJECT, TrackerStatus.CANCELLED, STRAIGHT_TO_PROCESS,
                        Permission.TRACKER_PROCESS, false, "tracker.refused.closed"));
    }

    @ParameterizedTest(name = "{0} in {1} (pre-authorisation {2}) by a holder of {3}, raised by them: {4} -> {5}")
    @MethodSource("rules")
    void each_action_in_each_status_is_allowed_only_with_its_permission(TrackerAction action, TrackerStatus status,
                                                                         TrackerTypeSetting setting,
                                                                         String permission, boolean raisedByActor,
                                                                         String refusal) {
        TrackerActor actor = new TrackerActor(UUID.randomUUID(), "Someone", Set.of(permission));
        Optional<Sentence> decision = TrackerWorkflow.refusal(action, new TrackerWorkflow.Situation(status,
                setting.type(), setting, actor, raisedByActor, false, true));
        assertThat(decision.map(Sentence::key).orElse(null)).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "a change that cannot be applied is refused to a holder of {0}")
    @MethodSource("processors")
    void a_change_with_blockers_cannot_be_processed(String permission) {
        TrackerActor actor = new TrackerActor(UUID.randomUUID(), "Someone", Set.of(permission));
        Optional<Sentence> decision = TrackerWorkflow.refusal(TrackerAction.PROCESS, new TrackerWorkflow.Situation(
                TrackerStatus.NEW, TrackerType.CHANGE_OF_ADDRESS, STRAIGHT_TO_PROCESS, actor, false, false, false));
        assertThat(decision.map(Sentence::key)).contains("tracker.refused.cannot-apply");
    }

    static Stream<String> processors() {
        return Stream.of(Permission.TRACKER_PROCESS);
    }
}
