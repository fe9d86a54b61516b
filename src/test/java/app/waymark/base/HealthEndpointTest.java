package app.waymark.base;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void anonymous_callers_get_the_status_without_details() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db", "diskSpace");
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
