package app.waymark.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Used when no SMTP server is configured: each email is written to the log, marked as not delivered anywhere. */
final class LogOnlyEmailGateway implements EmailGateway {

    private static final Logger log = LoggerFactory.getLogger(LogOnlyEmailGateway.class);

    @Override
    public DeliveryOutcome send(EmailToSend email) {
        log.info("EMAIL NOT SENT (no SMTP server configured) to={} subject=\"{}\" message={}\n{}", email.to(),
                email.subject(), email.messageId(), email.text());
        return new DeliveryOutcome.Accepted(null);
    }

    @Override
    public String description() {
        return "LOG ONLY: no SMTP server is configured (spring.mail.host / SPRING_MAIL_HOST), so emails are written"
                + " to the log and reach nobody";
    }
}
