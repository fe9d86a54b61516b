package app.waymark.notification;

/** Used when no SMTP server is configured: each email is delivered by log ({@link DeliveryByLog}) and reaches nobody. */
final class LogOnlyEmailGateway implements EmailGateway {

    private final DeliveryByLog byLog;

    LogOnlyEmailGateway(DeliveryByLog byLog) {
        this.byLog = byLog;
    }

    @Override
    public DeliveryOutcome send(EmailToSend email) {
        byLog.write(MessageChannel.EMAIL, email.messageId(), email.to(), email.fromAddress(), email.subject(),
                email.text());
        return new DeliveryOutcome.Accepted(null);
    }

    @Override
    public String description() {
        return byLog.description("emails");
    }

    @Override
    public boolean logOnly() {
        return true;
    }
}
