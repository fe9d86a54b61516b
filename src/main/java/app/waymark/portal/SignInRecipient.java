package app.waymark.portal;

import app.waymark.base.EmailAddresses;
import app.waymark.base.MobileNumbers;
import app.waymark.base.SecretTokens;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a learner asked their sign-in code to go: an email address (kept in lower case) or a UK mobile number (in
 * E.164), by what they typed on the sign-in page.
 */
public record SignInRecipient(Channel channel, String address) {

    public enum Channel { EMAIL, SMS }

    /** What the learner typed, when it is an email address or a UK mobile number; empty otherwise. */
    public static Optional<SignInRecipient> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.contains("@")) {
            return EmailAddresses.isPlausible(text)
                    ? Optional.of(new SignInRecipient(Channel.EMAIL, text.toLowerCase(Locale.ROOT)))
                    : Optional.empty();
        }
        return MobileNumbers.ukMobileE164(text).map(mobile -> new SignInRecipient(Channel.SMS, mobile));
    }

    /** What a sign-in code row keeps instead of the address. */
    byte[] hash() {
        return SecretTokens.sha256(channel.name() + ":" + address);
    }
}
