package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.EmailAddresses;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.tenant.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The platform operator gives a provider its admins: invites a first admin (or a new one when all have left), sends an
 * invitation again or withdraws it. The operator sees the provider's admin accounts and nothing else of its data;
 * each action is on the platform's trail and on the provider's.
 */
@Service
public class ProviderAdmins {

    /** An admin account of a provider: enabled and holding {@link Permission#USERS_MANAGE}. */
    public record Admin(UUID id, String displayName, String email, AccountState state,
                        java.time.Instant invitationExpiresAt) {
    }

    /** How many admins a provider has who can sign in, and how many have an invitation open. */
    public record AdminCounts(long active, long invited) {

        public static final AdminCounts NONE = new AdminCounts(0, 0);
    }

    private final StaffUserRepository users;
    private final RoleRepository roles;
    private final StaffDirectory directory;
    private final RoleProvisioner roleProvisioner;
    private final AccountLinks links;
    private final Invitations invitations;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProviderAdmins(StaffUserRepository users, RoleRepository roles, StaffDirectory directory,
                   RoleProvisioner roleProvisioner, AccountLinks links, Invitations invitations, AuditService audit,
                   JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.directory = directory;
        this.roleProvisioner = roleProvisioner;
        this.links = links;
        this.invitations = invitations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Refuses a name or email that could not be invited, before anything is created (field keys as in invite). */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public void checkNewAdmin(String displayName, String email) {
        cleanName(displayName);
        String cleanEmail = cleanEmail(email);
        if (directory.emailTaken(cleanEmail)) {
            throw new InvalidInputException("adminEmail", "A user with the email " + cleanEmail + " already exists");
        }
    }

    /** Creates the provider admin account and emails its invitation, in the provider's look and wording. */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public Admin invite(UUID tenantId, String displayName, String email) {
        checkNewAdmin(displayName, email);
        roleProvisioner.ensureStandardRoles(tenantId);
        return inTenant(tenantId, () -> {
            Role adminRole = roles.findByCodeIn(Set.of(StandardRole.PROVIDER_ADMIN.name())).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("The provider has no admin role"));
            StaffUser user = new StaffUser(cleanEmail(email), cleanName(displayName), null, false, clock.instant());
            user.replaceRoles(Set.of(adminRole));
            users.saveAndFlush(user);
            AccountLinks.Link link = invitations.send(user, CurrentActor.require().displayName());
            record(tenantId, user, AuditActions.INVITATION_SENT, link);
            return admin(user, link);
        });
    }

    /** The provider's enabled admins (accounts holding USERS_MANAGE), those who can sign in first. */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public List<Admin> admins(UUID tenantId) {
        return inTenant(tenantId, () -> {
            List<StaffUser> admins = users.enabledHolding(Permission.USERS_MANAGE);
            Map<UUID, AccountLinks.Link> invitationsOf = links.newest(admins.stream().map(StaffUser::id).toList(),
                    AccountLinkKind.INVITATION);
            return admins.stream().map(user -> admin(user, invitationsOf.get(user.id())))
                    .sorted(Comparator.comparing(Admin::state).thenComparing(Admin::displayName)).toList();
        });
    }

    /** For every provider that has admins, how many can sign in and how many are invited. */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public Map<UUID, AdminCounts> counts() {
        Map<UUID, AdminCounts> counts = new HashMap<>();
        jdbc.query("select * from tenant_admin_counts(?)", rs -> {
            counts.put(rs.getObject("tenant_id", UUID.class),
                    new AdminCounts(rs.getLong("active_admins"), rs.getLong("invited_admins")));
        }, Timestamp.from(clock.instant()));
        return counts;
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public Admin resend(UUID tenantId, UUID userId) {
        return inTenant(tenantId, () -> {
            StaffUser user = requireInvitedAdmin(userId);
            AccountLinks.Link link = invitations.send(user, CurrentActor.require().displayName());
            record(tenantId, user, AuditActions.INVITATION_RESENT, link);
            return admin(user, link);
        });
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public Admin withdraw(UUID tenantId, UUID userId) {
        return inTenant(tenantId, () -> {
            StaffUser user = requireInvitedAdmin(userId);
            links.withdrawOpen(userId, AccountLinkKind.INVITATION);
            record(tenantId, user, AuditActions.INVITATION_WITHDRAWN, null);
            return admin(user, links.newest(List.of(userId), AccountLinkKind.INVITATION).get(userId));
        });
    }

    /** Only an invitation to an admin account that has no password yet: nobody else is the operator's to touch. */
    private StaffUser requireInvitedAdmin(UUID userId) {
        StaffUser user = users.findById(userId).filter(found -> found.holds(Permission.USERS_MANAGE))
                .orElseThrow(() -> new InvalidInputException("admin", "This provider has no such admin"));
        if (user.hasPassword()) {
            throw new InvalidInputException("admin", user.email() + " has already set a password");
        }
        if (!user.enabled()) {
            throw new InvalidInputException("admin", user.email() + " is disabled by the provider");
        }
        return user;
    }

    private void record(UUID tenantId, StaffUser user, String action, AccountLinks.Link link) {
        Map<String, Object> details = new HashMap<>(Map.of("email", user.email(), "role", "Provider admin"));
        if (link != null) {
            details.put("expires", link.expiresAt().toString());
        }
        audit.record(AuditEntry.of(action, "staff_user", user.id()).after(details));
        details.put("tenant", tenantId.toString());
        audit.recordPlatform(AuditEntry.of(action, "staff_user", user.id()).after(details));
    }

    private Admin admin(StaffUser user, AccountLinks.Link newestInvitation) {
        UserSummary summary = user.summary(newestInvitation, clock.instant());
        return new Admin(user.id(), user.displayName(), user.email(), summary.state(),
                summary.invitationExpiresAt());
    }

    private <T> T inTenant(UUID tenantId, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }

    private static String cleanName(String displayName) {
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("adminName", "The admin's name is required (at most 200 characters)");
        }
        return name;
    }

    private static String cleanEmail(String email) {
        String clean = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.isPlausible(clean) || clean.length() > 254) {
            throw new InvalidInputException("adminEmail", "Enter the admin's email address in the form"
                    + " name@example.org");
        }
        return clean;
    }
}
