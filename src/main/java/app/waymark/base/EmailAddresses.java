package app.waymark.base;

import java.util.regex.Pattern;

/** The plausibility check for email addresses people type into Waymark (the real test is delivery). */
public final class EmailAddresses {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static boolean isPlausible(String email) {
        return email != null && PLAUSIBLE.matcher(email).matches();
    }

    private EmailAddresses() {
    }
}
