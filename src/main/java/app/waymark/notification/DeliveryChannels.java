package app.waymark.notification;

import java.util.Arrays;
import java.util.List;

/** How each channel leaves this node: through its provider, or only to the log (nobody receives it). */
public final class DeliveryChannels {

    private final EmailGateway email;
    private final SmsGateway sms;

    DeliveryChannels(EmailGateway email, SmsGateway sms) {
        this.email = email;
        this.sms = sms;
    }

    public boolean logOnly(MessageChannel channel) {
        return switch (channel) {
            case EMAIL -> email.logOnly();
            case SMS -> sms.logOnly();
        };
    }

    /** The channels whose messages reach nobody, in channel order. */
    public List<MessageChannel> logOnlyChannels() {
        return Arrays.stream(MessageChannel.values()).filter(this::logOnly).toList();
    }

    public String description(MessageChannel channel) {
        return switch (channel) {
            case EMAIL -> email.description();
            case SMS -> sms.description();
        };
    }
}
