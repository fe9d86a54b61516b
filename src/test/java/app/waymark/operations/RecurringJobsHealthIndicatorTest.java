package app.waymark.operations;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecurringJobsHealthIndicatorTest extends IntegrationTest {

    @Autowired
    RecurringJobsHealthIndicator indicator;

    @Test
    void health_details_list_each_recurring_job_with_its_next_run_and_nothing_needs_attention() {
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        @SuppressWarnings("unchecked")
        Map<String, Object> dailyRun = (Map<String, Object>) health.getDetails().get("destination-daily-survey-run");
        assertThat(dailyRun).containsEntry("schedule", "0 0 7 29 2 *").containsEntry("zone", "Europe/London")
                .containsEntry("nextRun", Instant.parse("2028-02-29T07:00:00Z")).containsEntry("failuresInARow", 0);
        assertThat(health.getDetails().get("attention")).isEqualTo(List.of());
    }
}
