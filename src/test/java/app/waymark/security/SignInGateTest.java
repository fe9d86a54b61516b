package app.waymark.security;

import app.waymark.security.SignInRefusedException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInGateTest {

    @Test
    void a_sign_in_that_finds_every_check_taken_for_its_whole_wait_is_refused_as_busy_without_running() throws Exception {
        SignInGate gate = new SignInGate(1, Duration.ZERO);
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        try (var executor = Executors.newSingleThreadExecutor()) {
            Future<String> first = executor.submit(() -> gate.pass(() -> {
                checking.countDown();
                awaitQuietly(finish);
                return "first signed in";
            }));
            assertThat(checking.await(30, TimeUnit.SECONDS)).isTrue();

            boolean[] ran = {false};
            assertThatThrownBy(() -> gate.pass(() -> ran[0] = true))
                    .isInstanceOfSatisfying(SignInRefusedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(Reason.BUSY));
            assertThat(ran[0]).as("the refused sign-in checked nothing").isFalse();

            finish.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first signed in");
        }
        assertThat(gate.pass(() -> "next signed in")).isEqualTo("next signed in");
    }

    @Test
    void a_sign_in_that_fails_gives_its_check_back_for_the_next_person() {
        SignInGate gate = new SignInGate(1, Duration.ZERO);

        assertThatThrownBy(() -> gate.pass(() -> {
            throw new SignInRefusedException(Reason.CREDENTIALS);
        })).isInstanceOfSatisfying(SignInRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(Reason.CREDENTIALS));

        assertThat(gate.pass(() -> "next signed in")).isEqualTo("next signed in");
    }

    @Test
    void a_node_checks_at_least_one_password_at_a_time_and_refuses_a_setting_of_none() {
        assertThat(SignInGate.defaultConcurrentChecks()).isPositive();
        assertThatThrownBy(() -> new SignInGate(0, Duration.ZERO))
                .hasMessageContaining("waymark.sign-in.concurrent-checks");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
