package app.waymark.security;

/** What an emailed staff link is for. */
public enum AccountLinkKind {
    /** A first password for someone invited. */
    INVITATION,
    /** A new password for someone who forgot theirs; choosing it ends their other sessions. */
    PASSWORD_RESET
}
