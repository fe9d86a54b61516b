package app.waymark.tenant;

import java.util.UUID;

/** Published after a tenant has been registered, so other modules can give it its starting data. */
public record TenantCreated(UUID tenantId, String name) {
}
