package app.waymark.branding;

/** What a provider admin saves on the branding page; blank means "use the default". */
public record BrandingChange(String displayName, String primaryColour, String emailFromName, String emailFromAddress,
                             String emailReplyTo, String smsSenderId) {
}
