package app.waymark.notification;

import java.time.Clock;
import java.util.List;

/** Delivery channels as an installation with delivery by log has them, for views tested outside such a context. */
public final class DeliveryChannelsForTests {

    public static DeliveryChannels emailByLogOnly(Clock clock) {
        SmsGateway sms = new SmsGateway() {
            @Override
            public DeliveryOutcome send(SmsToSend message) {
                throw new UnsupportedOperationException("not sent in this test");
            }

            @Override
            public String description() {
                return "Vonage";
            }
        };
        return new DeliveryChannels(
                new LogOnlyEmailGateway(new DeliveryByLog("no SMTP server is configured", List.of(), clock)), sms);
    }

    private DeliveryChannelsForTests() {
    }
}
