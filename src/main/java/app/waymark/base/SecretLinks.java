package app.waymark.base;

import java.util.regex.Pattern;

/**
 * Masks the bearer secrets that links in messages carry (survey, unsubscribe, staff invitation and password reset
 * links: {@link SecretTokens#random()}, 43 URL-safe characters as a path segment). What is left, the first four
 * characters and an ellipsis, still tells people which link it was, but opens nothing. Used where a message is
 * written to the log and on stored message bodies once delivered.
 */
public final class SecretLinks {

    /** Kept from the start of a token, so that a masked link can still be told apart from another. */
    static final int SHOWN = 4;
    public static final String MASK = "…";

    private static final Pattern TOKEN_IN_PATH = Pattern.compile(
            "(?<=/)([A-Za-z0-9_-]{" + SHOWN + "})[A-Za-z0-9_-]{" + (43 - SHOWN) + "}(?![A-Za-z0-9_-])");

    /** The text with every secret token that follows a slash cut to its first characters; null stays null. */
    public static String mask(String text) {
        return text == null ? null : TOKEN_IN_PATH.matcher(text).replaceAll("$1" + MASK);
    }

    private SecretLinks() {
    }
}
