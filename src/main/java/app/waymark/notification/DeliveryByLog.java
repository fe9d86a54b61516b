package app.waymark.notification;

import app.waymark.base.SecretLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * What a channel without its provider does instead of sending: writes the message to the log with its secret links
 * masked, and hands it whole to the readers of logged messages (the demo's mailbox). Shared by the log-only gateways.
 */
final class DeliveryByLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryByLog.class);

    private final String why;
    private final List<LoggedMessageReader> readers;
    private final Clock clock;

    DeliveryByLog(String why, List<LoggedMessageReader> readers, Clock clock) {
        this.why = why;
        this.readers = readers;
        this.clock = clock;
    }

    void write(MessageChannel channel, UUID messageId, String to, String from, String subject, String text) {
        log.info("{} NOT SENT ({}) to={} from={}{} message={}\n{}", channel, why, to, from,
                subject == null ? "" : " subject=\"" + subject + "\"", messageId, SecretLinks.mask(text));
        LoggedMessage logged = new LoggedMessage(clock.instant(), channel, to, from, subject, text);
        readers.forEach(reader -> reader.read(logged));
    }

    /** E.g. "LOG ONLY: no SMTP server is configured, so emails are written to the log (links masked) and reach nobody". */
    String description(String messages) {
        return "LOG ONLY: " + why + ", so " + messages + " are written to the log (links masked) and reach nobody";
    }
}
