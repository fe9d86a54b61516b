package app.waymark.notification;

/** Reads each message that delivery by log did not send (the demo's mailbox). None in production. */
public interface LoggedMessageReader {

    void read(LoggedMessage message);
}
