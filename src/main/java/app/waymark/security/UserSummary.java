package app.waymark.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record UserSummary(UUID id, String email, String displayName, boolean enabled, boolean mustChangePassword,
                          Instant createdAt, List<RoleSummary> roles) {
}
