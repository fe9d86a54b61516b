package app.waymark.base.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the shared job scheduler runs. A node that stops sending heartbeats for {@code heartbeat × missedHeartbeats}
 * is taken as dead and its running work is picked up by another node.
 */
@ConfigurationProperties("waymark.jobs")
public record JobsProperties(Boolean enabled, Duration pollingInterval, Duration heartbeat, Integer missedHeartbeats,
                             Integer threads) {

    public JobsProperties {
        enabled = enabled == null || enabled;
        pollingInterval = pollingInterval == null ? Duration.ofSeconds(2) : pollingInterval;
        heartbeat = heartbeat == null ? Duration.ofSeconds(20) : heartbeat;
        missedHeartbeats = missedHeartbeats == null ? 6 : missedHeartbeats;
        threads = threads == null ? 10 : threads;
    }
}
