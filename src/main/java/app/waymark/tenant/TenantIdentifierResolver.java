package app.waymark.tenant;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import java.util.UUID;

/** Lock 1: Hibernate fills and filters {@code @TenantId} columns with the current tenant. */
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return CurrentTenant.idOrNone();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
