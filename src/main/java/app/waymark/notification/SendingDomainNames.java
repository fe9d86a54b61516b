package app.waymark.notification;

import app.waymark.base.InvalidInputException;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sending domain names as the operator types them and as they appear in addresses: lower case, ASCII (international
 * names in their {@code xn--} form), no trailing dot. A domain covers exactly itself: approving
 * {@code northfield.example} does not approve {@code mail.northfield.example}, nor the other way round.
 */
public final class SendingDomainNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z](?:[a-z0-9-]*[a-z0-9])?");

    /** The domain typed by the operator, normalised; refused with a message saying what is wrong. */
    public static String normalise(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException("domain", "Enter a domain, such as northfield.ac.uk.");
        }
        if (value.contains("@")) {
            throw new InvalidInputException("domain", "\"" + value + "\" is an email address: enter only the part"
                    + " after the @, such as " + value.substring(value.lastIndexOf('@') + 1) + ".");
        }
        return ascii(value).filter(SendingDomainNames::wellFormed).orElseThrow(() -> new InvalidInputException(
                "domain", "\"" + value + "\" is not a domain name: use letters, digits and hyphens in two or more"
                + " parts separated by dots, such as northfield.ac.uk (no spaces, no http://, no slash)."));
    }

    /** The domain of an email address, normalised, or empty when there is none to speak of. */
    public static Optional<String> domainOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? Optional.empty() : ascii(address.substring(at + 1).strip())
                .filter(SendingDomainNames::wellFormed);
    }

    private static Optional<String> ascii(String value) {
        String withoutDot = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        try {
            return Optional.of(IDN.toASCII(withoutDot, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean wellFormed(String domain) {
        if (domain.isEmpty() || domain.length() > 253) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }

    private SendingDomainNames() {
    }
}
