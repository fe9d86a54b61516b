package app.waymark.operations;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.security.ProviderAdmins;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A new provider with its first admin: the admin's name and email are checked first, then the provider is registered
 * (with the standard roles) and the admin's invitation emailed, so a refusal creates nothing.
 */
@Service
public class ProviderOnboarding {

    /** The provider registered; {@code invitationProblem} is set when the admin's invitation could not be sent. */
    public record Onboarded(TenantSummary provider, ProviderAdmins.Admin admin, String invitationProblem) {
    }

    private final TenantService tenants;
    private final ProviderAdmins admins;

    ProviderOnboarding(TenantService tenants, ProviderAdmins admins) {
        this.tenants = tenants;
        this.admins = admins;
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public Onboarded register(String name, String slug, String ukprn, String adminName, String adminEmail) {
        admins.checkNewAdmin(adminName, adminEmail);
        TenantSummary provider = tenants.create(name, slug, ukprn);
        try {
            return new Onboarded(provider, admins.invite(provider.id(), adminName, adminEmail), null);
        } catch (InvalidInputException e) {
            // Checked a moment ago; someone took the address in between. The provider stays, without an admin yet.
            return new Onboarded(provider, null, e.getMessage());
        }
    }
}
