package app.waymark.branding;

import java.time.Instant;

/**
 * The wording of one kind of message: version 0 is Waymark's default (never saved), higher versions the provider's
 * saved ones.
 */
public record MessageWording(MessageKind kind, int version, Draft draft, Integer restoredFrom, Instant savedAt,
                             String savedBy) {

    /** The three texts an admin edits. */
    public record Draft(String emailSubject, String emailBody, String smsText) {
    }

    static MessageWording defaultOf(MessageKind kind) {
        return new MessageWording(kind, 0, new Draft(kind.defaultSubject(), kind.defaultBody(),
                kind.sentBySms() ? kind.defaultSms() : ""),
                null, null, null);
    }

    public boolean isDefault() {
        return version == 0;
    }
}
