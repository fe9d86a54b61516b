package app.waymark.tenant;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The tenant registry, managed by platform operators. */
@Service
public class TenantService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern UKPRN = Pattern.compile("[1-9]\\d{7}");

    private final TenantRepository tenants;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantService(TenantRepository tenants, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    @Transactional(readOnly = true)
    public List<TenantSummary> list() {
        return tenants.findAllByOrderByNameAsc().stream().map(Tenant::summary).toList();
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    @Transactional(readOnly = true)
    public Optional<TenantSummary> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(Tenant::summary);
    }

    /** An active provider by the slug that names it in public addresses (the learner portal); anyone may ask. */
    @Transactional(readOnly = true)
    public Optional<TenantSummary> activeBySlug(String slug) {
        return tenants.findBySlug(slug).map(Tenant::summary).filter(tenant -> tenant.status() == TenantStatus.ACTIVE);
    }

    /** Every active tenant, for scheduled work that runs once per tenant (each in its own tenant context). */
    @Transactional(readOnly = true)
    public List<UUID> activeTenantIds() {
        return tenants.findAllByOrderByNameAsc().stream().map(Tenant::summary)
                .filter(tenant -> tenant.status() == TenantStatus.ACTIVE).map(TenantSummary::id).toList();
    }

    /** The registered name of the current tenant (signed-in user's or {@link TenantContext}'s), if there is one. */
    @Transactional(readOnly = true)
    public Optional<String> currentTenantName() {
        return tenants.findById(CurrentTenant.idOrNone()).map(Tenant::summary).map(TenantSummary::name);
    }

    /** The slug of the current tenant, which names it in the learner portal's address ({@code /me/<slug>}). */
    @Transactional(readOnly = true)
    public Optional<String> currentTenantSlug() {
        return tenants.findById(CurrentTenant.idOrNone()).map(Tenant::summary).map(TenantSummary::slug);
    }

    /** The UKPRN of the signed-in user's provider (ILR files must carry it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> currentTenantUkprn() {
        return tenants.findById(CurrentTenant.idOrNone()).map(Tenant::summary).map(TenantSummary::ukprn);
    }

    /** Registers a provider; {@link TenantCreated} then gives it the standard roles. */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    @Transactional
    public TenantSummary create(String name, String slug, String ukprn) {
        String cleanName = requireName(name);
        String cleanSlug = slug == null ? "" : slug.trim().toLowerCase();
        String cleanUkprn = ukprn == null ? "" : ukprn.trim();
        if (!SLUG.matcher(cleanSlug).matches()) {
            throw new InvalidInputException("slug",
                    "Short code must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
        if (!UKPRN.matcher(cleanUkprn).matches()) {
            throw new InvalidInputException("ukprn", "UKPRN must be 8 digits, e.g. 10012345");
        }
        if (tenants.existsBySlug(cleanSlug)) {
            throw new InvalidInputException("slug", "Short code '" + cleanSlug + "' is already used by another tenant");
        }
        if (tenants.existsByUkprn(cleanUkprn)) {
            throw new InvalidInputException("ukprn", "UKPRN " + cleanUkprn + " is already registered to another tenant");
        }
        Tenant tenant = tenants.save(new Tenant(cleanName, cleanSlug, cleanUkprn, clock.instant()));
        audit.recordPlatform(AuditEntry.of(AuditActions.TENANT_CREATED, "tenant", tenant.id())
                .after(Map.of("name", cleanName, "slug", cleanSlug, "ukprn", cleanUkprn)));
        events.publishEvent(new TenantCreated(tenant.id(), cleanName));
        return tenant.summary();
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    @Transactional
    public TenantSummary rename(UUID tenantId, String newName) {
        Tenant tenant = require(tenantId);
        String cleanName = requireName(newName);
        String oldName = tenant.name();
        tenant.rename(cleanName);
        audit.recordPlatform(AuditEntry.of(AuditActions.TENANT_RENAMED, "tenant", tenantId)
                .before(Map.of("name", oldName)).after(Map.of("name", cleanName)));
        return tenant.summary();
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    @Transactional
    public TenantSummary changeStatus(UUID tenantId, TenantStatus newStatus) {
        Tenant tenant = require(tenantId);
        TenantStatus oldStatus = tenant.status();
        if (oldStatus != newStatus) {
            tenant.changeStatus(newStatus);
            String action = newStatus == TenantStatus.SUSPENDED
                    ? AuditActions.TENANT_SUSPENDED : AuditActions.TENANT_REACTIVATED;
            audit.recordPlatform(AuditEntry.of(action, "tenant", tenantId)
                    .before(Map.of("status", oldStatus)).after(Map.of("status", newStatus)));
        }
        return tenant.summary();
    }

    private Tenant require(UUID tenantId) {
        return tenants.findById(tenantId)
                .orElseThrow(() -> new InvalidInputException("tenant", "No tenant with id " + tenantId));
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new InvalidInputException("name", "Name is required (at most 200 characters)");
        }
        return clean;
    }
}
