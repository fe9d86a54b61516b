package app.waymark.restart;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The three conditions of a monitoring tracker (DOMAIN.md section 6), in every combination and every order. */
class MonitoringRuleTest extends IntegrationTest {

    static final String COACH = "work-coach@riverside.example";
    static final String SUPERVISOR = "supervisor@riverside.example";

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;

    enum Condition { PARTICIPANT_FLAG, ACTIVITY_MANDATORY, NOT_COMPLETE }

    private record Case(UUID participant, UUID activity) {
    }

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (int mask = 0; mask < 8; mask++) {
            all.add(Arguments.of(mask & 1, mask & 2, mask & 4));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "flag={0} mandatory={1} notComplete={2}")
    @MethodSource("combinations")
    void a_tracker_exists_exactly_when_all_three_conditions_hold(int flag, int mandatory, int notComplete) {
        Case c = fresh(mandatory != 0);
        if (flag != 0) {
            signIn(SUPERVISOR);
            participants.setActivityMandatory(c.participant(), true);
        }
        if (notComplete != 0) {
            markNotComplete(c.activity());
        } else {
            signIn(COACH);
            plans.outcome(c.activity(), version(c.activity()), ActivityStatus.COMPLETE, null);
        }
        assertThat(trackersOf(c.participant())).isEqualTo(flag != 0 && mandatory != 0 && notComplete != 0 ? 1 : 0);
    }

    static Stream<Arguments> orders() {
        List<Arguments> all = new ArrayList<>();
        Condition[] c = Condition.values();
        int[][] permutations = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] p : permutations) {
            all.add(Arguments.of(List.of(c[p[0]], c[p[1]], c[p[2]])));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void whichever_condition_comes_last_raises_the_tracker_in_its_own_change(List<Condition> order) {
        Case c = fresh(false);
        for (int i = 0; i < order.size(); i++) {
            assertThat(trackersOf(c.participant())).as("before %s", order.get(i)).isZero();
            apply(order.get(i), c);
        }
        assertThat(trackersOf(c.participant())).isEqualTo(1);
        MonitoringSummary raised = monitoring.list(MonitoringFilter.ofParticipant(c.participant()), 0, 10)
                .getFirst();
        assertThat(raised.status()).isEqualTo(MonitoringStatus.NEW);
        assertThat(raised.activityId()).isEqualTo(c.activity());
    }

    @Test
    void the_same_outcome_never_raises_twice_but_a_new_not_complete_outcome_does() {
        Case c = fresh(true);
        signIn(SUPERVISOR);
        participants.setActivityMandatory(c.participant(), true);
        markNotComplete(c.activity());
        assertThat(trackersOf(c.participant())).isEqualTo(1);

        signIn(SUPERVISOR);
        participants.setActivityMandatory(c.participant(), false);
        participants.setActivityMandatory(c.participant(), true);
        signIn(COACH);
        plans.outcome(c.activity(), version(c.activity()), ActivityStatus.NOT_COMPLETE, "Still ill: a new note");
        assertThat(trackersOf(c.participant())).as("same outcome: flag off and on, reason changed").isEqualTo(1);

        plans.outcome(c.activity(), version(c.activity()), ActivityStatus.COMPLETE, null);
        assertThat(trackersOf(c.participant())).as("Complete later keeps the tracker").isEqualTo(1);

        markNotComplete(c.activity());
        assertThat(trackersOf(c.participant())).as("a second Not complete is a new outcome").isEqualTo(2);
    }

    @Test
    void the_tracker_goes_to_the_activity_owner_or_else_the_work_coach() {
        signIn(COACH);
        UUID coach = app.waymark.base.security.CurrentActor.require().id();
        UUID participant = participants.create(RestartFixture.participant("Owen", null));
        assertThat(participants.find(participant).orElseThrow().details().workCoachId()).isEqualTo(coach);
        UUID coachOwned = plans.add(participant, RestartFixture.activity("Job fair", true));
        assertThat(plans.find(coachOwned).orElseThrow().ownerId()).isEqualTo(coach);

        signIn(SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        markNotComplete(coachOwned);
        assertThat(monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 10).getFirst().assigneeId())
                .isEqualTo(coach);
    }

    private void apply(Condition condition, Case c) {
        switch (condition) {
            case PARTICIPANT_FLAG -> {
                signIn(SUPERVISOR);
                participants.setActivityMandatory(c.participant(), true);
            }
            case ACTIVITY_MANDATORY -> {
                signIn(COACH);
                ActivityView activity = plans.find(c.activity()).orElseThrow();
                plans.change(c.activity(), activity.version(), new ActivityPlan(activity.title(),
                        activity.description(), activity.dueOn(), activity.ownerId(), true));
            }
            case NOT_COMPLETE -> markNotComplete(c.activity());
        }
    }

    private Case fresh(boolean mandatory) {
        signIn(COACH);
        UUID participant = participants.create(RestartFixture.participant("Rule", null));
        UUID activity = plans.add(participant, RestartFixture.activity("CV workshop", mandatory));
        return new Case(participant, activity);
    }

    private void markNotComplete(UUID activity) {
        signIn(COACH);
        plans.outcome(activity, version(activity), ActivityStatus.NOT_COMPLETE, "Did not attend, no call");
    }

    private long version(UUID activity) {
        return plans.find(activity).orElseThrow().version();
    }

    private long trackersOf(UUID participant) {
        signIn(COACH);
        return monitoring.count(MonitoringFilter.ofParticipant(participant));
    }
}
