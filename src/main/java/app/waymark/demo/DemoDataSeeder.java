package app.waymark.demo;

import app.waymark.base.PublicLinks;
import app.waymark.notification.SendingDomains;
import app.waymark.security.ApiTokenService;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seeds the demo tenants, one user per standard role in each, and a platform operator. Runs when the embedded
 * database is used or the demo profile is on, never under {@code prod} (it is not even a bean there); safe to run on
 * every start (adds only what is missing).
 */
@Component
@Conditional(DemoMode.class)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /** {@code people}: the demo staff, one per standard role in the order of the roles. */
    record DemoTenant(String name, String slug, String ukprn, String mailDomain, List<String> people) {
    }

    /** UKPRN 99999999 is the one in the funder's anonymised sample ILR file, so that file imports into Northfield. */
    static final DemoTenant NORTHFIELD = new DemoTenant("Northfield College", "northfield", "99999999",
            "northfield.example", List.of("Priya Shah", "Tom Okafor", "Grace Evans", "Dan Hughes", "Ellie Morgan",
            "Sam Whitfield", "Nadia Rahman", "Owen Price", "Leah Brennan", "Marcus Hale", "Joan Whitaker"));
    static final DemoTenant RIVERSIDE = new DemoTenant("Riverside Training", "riverside", "10004567",
            "riverside.example", List.of("Hannah Clarke", "Yusuf Ali", "Bethan Jones", "Kieran Walsh", "Zara Ahmed",
            "Rhys Lloyd", "Chloe Bennett", "Imran Qureshi", "Sophie Turner", "Gareth Davies", "Ruth O'Neill"));
    static final String OPERATOR_EMAIL = "operator@waymark.example";

    private final TenantService tenants;
    private final DemoAccounts accounts;
    private final DemoLearners demoLearners;
    private final ApiTokenService apiTokens;
    private final DemoCommunications communications;
    private final DemoDestinations destinations;
    private final DemoTrackers demoTrackers;
    private final DemoEmailPreferences emailPreferences;
    private final DemoPortal portal;
    private final SendingDomains sendingDomains;
    private final Environment environment;
    private final PublicLinks links;
    private final DemoPortalRequests portalRequests;
    private final DemoRestart restart;
    private final DemoBootcamps bootcamps;

    DemoDataSeeder(TenantService tenants, DemoAccounts accounts, DemoLearners demoLearners,
                   ApiTokenService apiTokens, DemoCommunications communications,
                   DemoDestinations destinations, DemoTrackers demoTrackers, DemoEmailPreferences emailPreferences,
                   DemoPortal portal, SendingDomains sendingDomains, Environment environment,
                   PublicLinks links, DemoPortalRequests portalRequests, DemoRestart restart,
                   DemoBootcamps bootcamps) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.demoLearners = demoLearners;
        this.apiTokens = apiTokens;
        this.communications = communications;
        this.destinations = destinations;
        this.demoTrackers = demoTrackers;
        this.emailPreferences = emailPreferences;
        this.portal = portal;
        this.sendingDomains = sendingDomains;
        this.environment = environment;
        this.links = links;
        this.portalRequests = portalRequests;
        this.restart = restart;
        this.bootcamps = bootcamps;
    }

    /** Published in the README: demo data only. */
    static String demoApiToken(DemoTenant demo) {
        return "wm_demo_" + demo.slug() + "_ilr_upload_2026";
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = environment.getRequiredProperty("waymark.demo.password");
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(SystemActor.authentication());
        SecurityContextHolder.setContext(system);
        try {
            accounts.ensureOperator(OPERATOR_EMAIL, "Platform Operator", password);
            List<UUID> demoTenants = new ArrayList<>();
            boolean trackingSwitchedOn = false;
            for (DemoTenant demo : new DemoTenant[]{NORTHFIELD, RIVERSIDE}) {
                TenantSummary tenant = tenants.findBySlug(demo.slug())
                        .orElseGet(() -> tenants.create(demo.name(), demo.slug(), demo.ukprn()));
                accounts.ensureStaffPerRole(tenant.id(), demo.mailDomain(), demo.people(), password);
                accounts.ensureInvitedNewcomer(tenant.id(), demo.mailDomain(), "Alex Newcombe");
                if (demo == NORTHFIELD) {
                    restart.ensureTeam(tenant.id(), demo.mailDomain(), password);
                }
                demoTenants.add(tenant.id());
                if (demo == NORTHFIELD) {
                    // Northfield sends from its own address: approved as the operator would (a repeat changes nothing).
                    sendingDomains.approve(tenant.id(), demo.mailDomain());
                }
                trackingSwitchedOn |= TenantContext.callAs(tenant.id(), () -> {
                    demoLearners.ensure(demo.ukprn(), demo.slug().hashCode());
                    if (apiTokens.list().isEmpty()) {
                        apiTokens.createWithSecret("Demo MIS upload", demoApiToken(demo));
                    }
                    emailPreferences.ensure(demo.mailDomain());
                    demoTrackers.ensure(demo.mailDomain());
                    if (demo == NORTHFIELD) {
                        communications.ensureBranded(demo.name(), demo.mailDomain());
                        restart.ensure(demo.mailDomain());
                        bootcamps.ensure(demo.ukprn());
                    }
                    portalRequests.ensure();
                    return destinations.ensureTracking();
                });
            }
            if (trackingSwitchedOn) {
                destinations.firstSurveyRun();
            }
            demoTenants.forEach(id -> TenantContext.runAs(id, destinations::answerSomeIfNone));
            TenantContext.runAs(demoTenants.getFirst(), () -> portal.sendACode(demoTenants.getFirst(),
                    NORTHFIELD.slug(), NORTHFIELD.mailDomain()));
            log.info("Demo data ready: sign in as admin@northfield.example, admin@riverside.example or {}; what"
                    + " would have been emailed or texted is at {}", OPERATOR_EMAIL, links.link(DemoMailbox.ROUTE));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
