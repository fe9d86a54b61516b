package app.waymark.notification;

import java.util.Objects;

/** An SMS ready to queue, to a number in E.164 form. The same purpose to the same number is queued once. */
public record OutgoingSms(String purpose, String kind, String to, String text, String senderId) {

    public OutgoingSms {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        if (!to.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("SMS recipient must be an E.164 number: " + to);
        }
    }
}
