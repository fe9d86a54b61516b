package app.waymark.security;

/** A new user and the temporary password to hand over once; it must be changed at first sign-in. */
public record InvitedUser(UserSummary user, String temporaryPassword) {
}
