package app.waymark.security;

import java.time.Instant;
import java.util.UUID;

/** An API token as lists show it: never the token itself, only its first characters. */
public record ApiTokenSummary(UUID id, String name, String prefix, String createdBy, Instant createdAt,
                              Instant lastUsedAt, Instant revokedAt) {
}
