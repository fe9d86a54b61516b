package app.waymark.notification;

/** How a member of staff wants the emails that go with their in-app notifications. */
public enum EmailMode {
    /** One email for each event, as it happens. */
    EACH_EVENT,
    /** One summary email a day, at the time they pick. */
    DAILY_DIGEST,
    /** No emails: the bell only. */
    NONE
}
