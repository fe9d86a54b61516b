package app.waymark.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Used when no SMS provider is configured: each SMS is written to the log, marked as not delivered anywhere. */
final class LogOnlySmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LogOnlySmsGateway.class);

    @Override
    public DeliveryOutcome send(SmsToSend sms) {
        log.info("SMS NOT SENT (no SMS provider configured) to={} from={} message={}\n{}", sms.to(), sms.from(),
                sms.messageId(), sms.text());
        return new DeliveryOutcome.Accepted("log-only-" + sms.messageId());
    }

    @Override
    public String description() {
        return "LOG ONLY: no Vonage API key is configured (waymark.notification.sms.api-key / WAYMARK_VONAGE_API_KEY),"
                + " so SMS are written to the log and reach nobody";
    }
}
