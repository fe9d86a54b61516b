package app.waymark.notification;

import app.waymark.base.SecretLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Used when no SMTP server is configured, or delivery by log is chosen: each email is written to the log with its
 * secret links masked, and reaches nobody. Readers of logged messages (the demo's mailbox) get it whole.
 */
final class LogOnlyEmailGateway implements EmailGateway {

    private static final Logger log = LoggerFactory.getLogger(LogOnlyEmailGateway.class);

    private final String why;
    private final List<LoggedMessageReader> readers;
    private final Clock clock;

    LogOnlyEmailGateway(String why, List<LoggedMessageReader> readers, Clock clock) {
        this.why = why;
        this.readers = readers;
        this.clock = clock;
    }

    @Override
    public DeliveryOutcome send(EmailToSend email) {
        log.info("EMAIL NOT SENT ({}) to={} subject=\"{}\" message={}\n{}", why, email.to(), email.subject(),
                email.messageId(), SecretLinks.mask(email.text()));
        LoggedMessage logged = new LoggedMessage(clock.instant(), MessageChannel.EMAIL, email.to(),
                email.fromAddress(), email.subject(), email.text());
        readers.forEach(reader -> reader.read(logged));
        return new DeliveryOutcome.Accepted(null);
    }

    @Override
    public String description() {
        return "LOG ONLY: " + why + ", so emails are written to the log (links masked) and reach nobody";
    }

    @Override
    public boolean logOnly() {
        return true;
    }
}
