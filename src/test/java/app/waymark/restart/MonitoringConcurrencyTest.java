package app.waymark.restart;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two saves at the same moment that each complete the conditions raise exactly one tracker, never none or two. */
class MonitoringConcurrencyTest extends IntegrationTest {

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;

    @Test
    void the_flag_and_the_not_complete_saved_together_raise_exactly_one_tracker() throws Exception {
        Authentication coach = authenticate(MonitoringRuleTest.COACH, demoPassword, "198.51.100.10");
        Authentication supervisor = authenticate(MonitoringRuleTest.SUPERVISOR, demoPassword, "198.51.100.10");
        for (int round = 0; round < 5; round++) {
            SecurityContextHolder.getContext().setAuthentication(coach);
            UUID participant = participants.create(RestartFixture.participant("Race", null));
            UUID activity = plans.add(participant, RestartFixture.activity("Job search review", true));
            long version = plans.find(activity).orElseThrow().version();

            together(
                    () -> as(supervisor, () -> participants.setActivityMandatory(participant, true)),
                    () -> as(coach, () -> plans.outcome(activity, version, ActivityStatus.NOT_COMPLETE,
                            "Did not attend")));

            SecurityContextHolder.getContext().setAuthentication(coach);
            assertThat(monitoring.count(MonitoringFilter.ofParticipant(participant))).as("round %d", round)
                    .isEqualTo(1);
        }
    }

    @Test
    void the_same_flag_saved_twice_at_once_raises_one_tracker() throws Exception {
        Authentication coach = authenticate(MonitoringRuleTest.COACH, demoPassword, "198.51.100.10");
        Authentication supervisor = authenticate(MonitoringRuleTest.SUPERVISOR, demoPassword, "198.51.100.10");
        SecurityContextHolder.getContext().setAuthentication(coach);
        UUID participant = participants.create(RestartFixture.participant("Twice", null));
        UUID activity = plans.add(participant, RestartFixture.activity("Work trial", true));
        plans.outcome(activity, plans.find(activity).orElseThrow().version(), ActivityStatus.NOT_COMPLETE, "No show");

        together(
                () -> as(supervisor, () -> participants.setActivityMandatory(participant, true)),
                () -> as(supervisor, () -> participants.setActivityMandatory(participant, true)));

        SecurityContextHolder.getContext().setAuthentication(coach);
        assertThat(monitoring.count(MonitoringFilter.ofParticipant(participant))).isEqualTo(1);
    }

    private static void as(Authentication who, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void together(Runnable first, Runnable second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = List.of(
                    pool.submit(() -> {
                        start.await();
                        first.run();
                        return null;
                    }),
                    pool.submit(() -> {
                        start.await();
                        second.run();
                        return null;
                    }));
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
