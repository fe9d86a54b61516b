package app.waymark.notification;

import java.util.Objects;

/**
 * An email ready to queue: rendered text and HTML, the sender as the provider set it up, and the logo to show inline
 * (PNG; referenced from the HTML as {@code cid:logo}). {@code purpose} names the cause, e.g.
 * {@code survey-invitation:<id>}: the same purpose to the same address is queued once.
 */
public record OutgoingEmail(String purpose, String kind, String to, String subject, String text, String html,
                            Sender sender, byte[] inlineLogoPng) {

    public static final String LOGO_CONTENT_ID = "logo";

    public record Sender(String name, String address, String replyTo) {
    }

    public OutgoingEmail {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
