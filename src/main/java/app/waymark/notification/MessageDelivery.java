package app.waymark.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One delivery attempt of one message, in the message's tenant context. The attempt is recorded (SENDING) and
 * committed before the provider is called, and the result after: a message already SENT is never sent again, and one
 * found still SENDING (its node died mid-call) is sent again, the one case where a duplicate is possible.
 */
@Component
class MessageDelivery {

    private final OutboxMessageRepository messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EmailGateway emailGateway;
    private final SmsGateway smsGateway;
    private final RetryPolicy retryPolicy;
    private final SendingDomains sendingDomains;
    private final NotificationProperties properties;
    private final Clock clock;

    MessageDelivery(OutboxMessageRepository messages, JdbcTemplate jdbc, TransactionTemplate transactions,
                    EmailGateway emailGateway, SmsGateway smsGateway, RetryPolicy retryPolicy,
                    SendingDomains sendingDomains, NotificationProperties properties, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.emailGateway = emailGateway;
        this.smsGateway = smsGateway;
        this.retryPolicy = retryPolicy;
        this.sendingDomains = sendingDomains;
        this.properties = properties;
        this.clock = clock;
    }

    /** Tries once; returns how long to wait before trying again, or empty when the message is finished. */
    Optional<Duration> deliver(UUID messageId) {
        Optional<Attempt> attempt = transactions.execute(status -> start(messageId));
        if (attempt.isEmpty()) {
            return Optional.empty();
        }
        DeliveryOutcome outcome = switch (attempt.get()) {
            case Attempt.Email email -> emailGateway.send(email.email());
            case Attempt.Sms sms -> smsGateway.send(sms.sms());
        };
        return transactions.execute(status -> finish(messageId, outcome));
    }

    private Optional<Attempt> start(UUID messageId) {
        OutboxMessage message = messages.findById(messageId).orElse(null);
        if (message == null || message.finished()) {
            return Optional.empty();
        }
        message.startAttempt();
        return Optional.of(message.channel() == MessageChannel.EMAIL ? new Attempt.Email(email(message))
                : new Attempt.Sms(new SmsToSend(message.id(), message.recipient(),
                message.senderAddress() == null ? properties.sms().defaultSenderId() : message.senderAddress(),
                message.bodyText())));
    }

    /**
     * The row keeps the sender the provider asked for when the message was queued; whether its own address may be
     * used is decided now, so an approval withdrawn since then applies to this message too.
     */
    private EmailToSend email(OutboxMessage message) {
        byte[] logo = message.logoAssetId() == null ? null : jdbc.queryForObject(
                "select content from message_asset where id = ?", byte[].class, message.logoAssetId());
        EmailSender sender = sendingDomains.senderFor(new OutgoingEmail.Sender(message.senderName(),
                message.senderAddress(), message.replyTo()));
        return new EmailToSend(message.id(), message.recipient(), sender.name(), sender.address(), sender.replyTo(),
                message.subject(), message.bodyText(), message.bodyHtml(), logo);
    }

    private Optional<Duration> finish(UUID messageId, DeliveryOutcome outcome) {
        OutboxMessage message = messages.findById(messageId).orElseThrow();
        Instant now = clock.instant();
        switch (outcome) {
            case DeliveryOutcome.Accepted accepted -> message.sent(accepted.providerMessageId(), now);
            case DeliveryOutcome.Refused refused -> message.failedPermanently(refused.reason());
            case DeliveryOutcome.TemporaryFailure failure -> {
                if (retryPolicy.exhausted(message.attempts())) {
                    message.deadLetter("Gave up after " + message.attempts() + " attempts. Last error: "
                            + failure.reason());
                } else {
                    Duration wait = retryPolicy.delayAfter(message.attempts());
                    message.retryLater(failure.reason(), now.plus(wait));
                    return Optional.of(wait);
                }
            }
        }
        return Optional.empty();
    }

    private sealed interface Attempt {
        record Email(EmailToSend email) implements Attempt {
        }

        record Sms(SmsToSend sms) implements Attempt {
        }
    }
}
