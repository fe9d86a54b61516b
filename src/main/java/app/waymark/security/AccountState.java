package app.waymark.security;

import java.time.Instant;

/** Where a staff account stands, as its admins see it. */
public enum AccountState {
    /** Has a password and may sign in. */
    ACTIVE,
    /** Invited; the emailed link is open. */
    INVITED,
    /** Invited, but the link expired before it was used: send it again. */
    INVITATION_EXPIRED,
    /** The invitation was withdrawn: send it again to let the person in. */
    INVITATION_WITHDRAWN,
    /** Disabled by an admin. */
    DISABLED;

    static AccountState of(StaffUser user, AccountLinks.Link newestInvitation, Instant now) {
        if (!user.enabled()) {
            return DISABLED;
        }
        if (user.hasPassword()) {
            return ACTIVE;
        }
        if (newestInvitation == null || newestInvitation.revokedAt() != null) {
            return INVITATION_WITHDRAWN;
        }
        return newestInvitation.open(now) ? INVITED : INVITATION_EXPIRED;
    }

    /** The person has not set a password yet: their invitation can be sent (again). */
    public boolean awaitingPassword() {
        return this == INVITED || this == INVITATION_EXPIRED || this == INVITATION_WITHDRAWN;
    }
}
