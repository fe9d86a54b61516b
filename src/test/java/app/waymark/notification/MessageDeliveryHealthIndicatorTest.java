package app.waymark.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageDeliveryHealthIndicatorTest {

    @Test
    void the_operators_health_details_name_the_channels_that_reach_nobody_and_stay_up() {
        Health health = new MessageDeliveryHealthIndicator(DeliveryChannelsForTests.emailByLogOnly(Clock.systemUTC()))
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("logOnly", List.of(MessageChannel.EMAIL))
                .containsEntry("sms", "Vonage");
        assertThat(health.getDetails().get("email")).asString().startsWith("LOG ONLY: no SMTP server is configured");
    }
}
