package app.waymark.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A staff account as its admins see it; {@code invitationExpiresAt} while an invitation is open, else null. */
public record UserSummary(UUID id, String email, String displayName, boolean enabled, boolean mustChangePassword,
                          Instant createdAt, List<RoleSummary> roles, AccountState state,
                          Instant invitationExpiresAt) {
}
