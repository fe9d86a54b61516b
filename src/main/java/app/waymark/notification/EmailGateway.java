package app.waymark.notification;

/** Hands one email to a mail service. Never throws for delivery problems: they come back as an outcome. */
interface EmailGateway {

    DeliveryOutcome send(EmailToSend email);

    /** Said once at start-up, so nobody mistakes a log-only setup for real delivery. */
    String description();

    /** True when emails only go to the log and reach nobody. */
    default boolean logOnly() {
        return false;
    }
}
