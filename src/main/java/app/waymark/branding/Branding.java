package app.waymark.branding;

import java.time.Instant;

/**
 * A provider's look and senders as they apply now: where the provider has set nothing, Waymark's defaults (the
 * organisation's registered name, Waymark blue, no logo, the platform's senders).
 */
public record Branding(String displayName, boolean ownDisplayName, String primaryColour, boolean ownColour,
                       byte[] logoPng, int logoWidth, int logoHeight, String emailFromName, String emailFromAddress,
                       String emailReplyTo, String smsSenderId, Instant updatedAt, String updatedBy) {

    public static final String DEFAULT_COLOUR = "#1d4f91";

    public static Branding defaults(String organisationName) {
        return new Branding(organisationName, false, DEFAULT_COLOUR, false, null, 0, 0, null, null, null, null, null,
                null);
    }

    /**
     * The sender name emails carry: the one the provider set, else its display name when it has a name or an address
     * of its own, else none (the platform's name).
     */
    public String emailSenderName() {
        if (emailFromName != null) {
            return emailFromName;
        }
        return ownDisplayName || emailFromAddress != null ? displayName : null;
    }

    public boolean hasLogo() {
        return logoPng != null;
    }
}
