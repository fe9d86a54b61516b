package app.waymark.security;

import app.waymark.base.security.Permission;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantSummary;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.UUID;

/** A provider of its own for one test (so suspending it touches nobody else), with one staff member per role. */
final class TestProviders {

    /** Registers the provider as the platform operator and gives it staff at {@code <role>@<slug>.example}. */
    static TenantSummary withStaff(TenantService tenants, DemoAccounts accounts, String slugPrefix, String person,
                                   String password) {
        String slug = slugPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TenantSummary tenant = tenants.create("Test College " + slug, slug,
                String.valueOf(20000000 + Math.abs(slug.hashCode() % 70000000)));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("test set-up", null, "ROLE_" + Permission.USERS_MANAGE));
        accounts.ensureStaffPerRole(tenant.id(), slug + ".example", List.of(person), password);
        return tenant;
    }

    static String adminOf(TenantSummary tenant) {
        return "admin@" + tenant.slug() + ".example";
    }

    private TestProviders() {
    }
}
