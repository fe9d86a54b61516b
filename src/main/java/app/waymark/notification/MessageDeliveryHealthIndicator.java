package app.waymark.notification;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The {@code messageDelivery} entry of the health details (platform operators only): how email and SMS leave this
 * node, and {@code logOnly}, the channels that reach nobody. Always UP: delivery by log is a configuration to see,
 * not a reason to take the node out of the load balancer.
 */
@Component
class MessageDeliveryHealthIndicator implements HealthIndicator {

    private final DeliveryChannels channels;

    MessageDeliveryHealthIndicator(DeliveryChannels channels) {
        this.channels = channels;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (MessageChannel channel : MessageChannel.values()) {
            health.withDetail(channel.name().toLowerCase(Locale.ROOT), channels.description(channel));
        }
        return health.withDetail("logOnly", channels.logOnlyChannels()).build();
    }
}
