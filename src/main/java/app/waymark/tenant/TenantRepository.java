package app.waymark.tenant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface TenantRepository extends JpaRepository<Tenant, UUID> {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsByUkprn(String ukprn);

    boolean existsByNameIgnoreCase(String name);

    List<Tenant> findAllByOrderByNameAsc();
}
