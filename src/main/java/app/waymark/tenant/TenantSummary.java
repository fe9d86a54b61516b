package app.waymark.tenant;

import java.time.Instant;
import java.util.UUID;

public record TenantSummary(UUID id, String name, String slug, String ukprn, TenantStatus status, Instant createdAt) {
}
