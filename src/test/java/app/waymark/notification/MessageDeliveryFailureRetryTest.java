package app.waymark.notification;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery that ends in an exception rather than a gateway answer: the database connection went away under it
 * (a PostgreSQL failover or restart). db-scheduler's default for a custom task tries it again after 5 minutes;
 * after a failover that is back within a second, the messages in flight waited those 5 minutes (decision 0069).
 */
class MessageDeliveryFailureRetryTest {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofHours(2);
    private static final Instant FAILED_AT = Instant.parse("2026-12-04T23:45:06Z");

    private final Task<String> task = MessageDeliveryTask.definition(null,
            new RetryPolicy(new NotificationProperties.Retry(10, FIRST_DELAY, MAX_DELAY)));

    @Test
    void a_delivery_that_lost_its_database_connection_is_tried_again_within_the_first_retry_step_not_5_minutes() {
        Instant next = retryAfterFailure(0);

        assertThat(Duration.between(FAILED_AT, next)).isBetween(FIRST_DELAY.dividedBy(2), FIRST_DELAY);
    }

    @Test
    void a_delivery_failing_again_and_again_waits_longer_each_time_up_to_the_cap() {
        assertThat(Duration.between(FAILED_AT, retryAfterFailure(3)))
                .isBetween(FIRST_DELAY.multipliedBy(4), FIRST_DELAY.multipliedBy(8));
        assertThat(Duration.between(FAILED_AT, retryAfterFailure(40))).isBetween(MAX_DELAY.dividedBy(2), MAX_DELAY);
    }

    /** When the task's failure handler plans the next try, after {@code earlierFailures} failures before this one. */
    private Instant retryAfterFailure(int earlierFailures) {
        TaskInstance<String> instance = new TaskInstance<>("deliver-message", "message-1", "tenant-1");
        Execution execution = new Execution(FAILED_AT.minusSeconds(20), instance, true, "node1", null,
                FAILED_AT.minusSeconds(60), earlierFailures, FAILED_AT.minusSeconds(20), 1);
        ExecutionComplete failure = ExecutionComplete.failure(execution, FAILED_AT.minusMillis(5), FAILED_AT,
                new DataAccessResourceFailureException("An I/O error occurred while sending to the backend."));
        List<Instant> rescheduled = new ArrayList<>();
        task.getFailureHandler().onFailure(failure, new ExecutionOperations<>(null, null, execution) {
            @Override
            public void reschedule(ExecutionComplete completed, Instant nextExecutionTime) {
                rescheduled.add(nextExecutionTime);
            }
        });
        assertThat(rescheduled).as("the failure handler plans exactly one new try").hasSize(1);
        return rescheduled.getFirst();
    }
}
