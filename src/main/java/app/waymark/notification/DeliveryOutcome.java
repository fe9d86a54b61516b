package app.waymark.notification;

/** What one attempt to hand a message to the email or SMS provider came to. */
sealed interface DeliveryOutcome {

    /** Accepted by the provider; {@code providerMessageId} may be null (SMTP gives none we keep). */
    record Accepted(String providerMessageId) implements DeliveryOutcome {
    }

    /** Refused for good (e.g. the recipient does not exist): retrying cannot help. */
    record Refused(String reason) implements DeliveryOutcome {
    }

    /** Failed in a way that may pass (provider down, throttled, timed out): try again later. */
    record TemporaryFailure(String reason) implements DeliveryOutcome {
    }
}
