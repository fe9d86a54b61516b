package app.waymark.notification;

/** Used when no SMS provider is configured: each SMS is delivered by log ({@link DeliveryByLog}) and reaches nobody. */
final class LogOnlySmsGateway implements SmsGateway {

    private final DeliveryByLog byLog;

    LogOnlySmsGateway(DeliveryByLog byLog) {
        this.byLog = byLog;
    }

    @Override
    public DeliveryOutcome send(SmsToSend sms) {
        byLog.write(MessageChannel.SMS, sms.messageId(), sms.to(), sms.from(), null, sms.text());
        return new DeliveryOutcome.Accepted("log-only-" + sms.messageId());
    }

    @Override
    public String description() {
        return byLog.description("SMS");
    }

    @Override
    public boolean logOnly() {
        return true;
    }
}
