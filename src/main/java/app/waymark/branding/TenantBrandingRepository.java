package app.waymark.branding;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface TenantBrandingRepository extends JpaRepository<TenantBranding, UUID> {

    /** The current tenant's branding (row security and the tenant filter leave at most one row). */
    Optional<TenantBranding> findFirstBy();
}
