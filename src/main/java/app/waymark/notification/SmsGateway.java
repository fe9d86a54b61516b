package app.waymark.notification;

/** Hands one SMS to an SMS provider. Never throws for delivery problems: they come back as an outcome. */
interface SmsGateway {

    DeliveryOutcome send(SmsToSend sms);

    String description();

    /** True when SMS only go to the log and reach nobody. */
    default boolean logOnly() {
        return false;
    }
}
