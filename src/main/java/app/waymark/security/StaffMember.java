package app.waymark.security;

import java.util.UUID;

/** A member of the provider's staff as other features show and choose them. */
public record StaffMember(UUID id, String displayName) {
}
