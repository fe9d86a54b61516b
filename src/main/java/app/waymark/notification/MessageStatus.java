package app.waymark.notification;

/** Where a message is on its way out. QUEUED includes waiting for a retry after a temporary failure. */
public enum MessageStatus {
    QUEUED, SENDING, SENT, FAILED, DEAD_LETTERED;

    public boolean retryable() {
        return this == FAILED || this == DEAD_LETTERED;
    }
}
