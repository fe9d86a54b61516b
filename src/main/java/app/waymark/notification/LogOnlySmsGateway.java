package app.waymark.notification;

import app.waymark.base.SecretLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Used when no SMS provider is configured, or delivery by log is chosen: each SMS is written to the log with its
 * secret links masked, and reaches nobody. Readers of logged messages (the demo's mailbox) get it whole.
 */
final class LogOnlySmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LogOnlySmsGateway.class);

    private final String why;
    private final List<LoggedMessageReader> readers;
    private final Clock clock;

    LogOnlySmsGateway(String why, List<LoggedMessageReader> readers, Clock clock) {
        this.why = why;
        this.readers = readers;
        this.clock = clock;
    }

    @Override
    public DeliveryOutcome send(SmsToSend sms) {
        log.info("SMS NOT SENT ({}) to={} from={} message={}\n{}", why, sms.to(), sms.from(), sms.messageId(),
                SecretLinks.mask(sms.text()));
        LoggedMessage logged = new LoggedMessage(clock.instant(), MessageChannel.SMS, sms.to(), sms.from(), null,
                sms.text());
        readers.forEach(reader -> reader.read(logged));
        return new DeliveryOutcome.Accepted("log-only-" + sms.messageId());
    }

    @Override
    public String description() {
        return "LOG ONLY: " + why + ", so SMS are written to the log (links masked) and reach nobody";
    }

    @Override
    public boolean logOnly() {
        return true;
    }
}
