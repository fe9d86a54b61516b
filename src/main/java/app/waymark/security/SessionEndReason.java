package app.waymark.security;

import java.util.Locale;

/** Why a signed-in session was ended before its person signed out of it; the sign-in page says it in plain words. */
enum SessionEndReason {
    /** The person's sessions were ended: their password was reset or changed, or they signed out elsewhere. */
    SESSIONS_ENDED,
    ACCOUNT_DISABLED,
    TENANT_SUSPENDED,
    /** The session reached its absolute lifetime ({@code waymark.session.absolute-lifetime}). */
    LIFETIME_REACHED,
    /** Nobody used the session for {@code waymark.session.idle-timeout}. */
    IDLE,
    ACCOUNT_REMOVED;

    /** The value of the sign-in page's notice cookie, also the key of its wording. */
    String noticeValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
