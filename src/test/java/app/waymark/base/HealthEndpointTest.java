package app.waymark.base;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HealthEndpointTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    HealthContributorRegistry healthContributors;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anonymous_callers_get_the_status_without_details() throws IOException, InterruptedException {
        HttpResponse<String> response = health();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db", "diskSpace");
    }

    /**
     * The load balancer sends people to a node only while it is ready: not before start-up has finished, and not
     * once it has begun to shut down (Spring publishes the refusal then), so a rolling restart drains the node first.
     */
    @Test
    void a_node_that_refuses_traffic_answers_503_so_the_load_balancer_takes_it_out() throws Exception {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> refusing = health();
            assertThat(refusing.statusCode()).isEqualTo(503);
            assertThat(refusing.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
        } finally {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(health().statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> health() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * HAProxy takes a node out when its health is not UP. With the SMTP server in the health, an SMTP outage took
     * every node out at once (bench/cluster-failures.sh, decision 0062); the outbox retries mail on its own.
     */
    @Test
    void an_unreachable_mail_server_is_not_part_of_the_health_the_load_balancer_checks() {
        assertThat(healthContributors.getContributor("mail")).isNull();
        assertThat(healthContributors.getContributor("db")).isNotNull();
    }
}
