package app.waymark.security;

import app.waymark.base.EmailAddresses;
import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Staff accounts of the signed-in provider: invite (an emailed link where the person chooses their password), roles,
 * disable. Every change is audited.
 */
@Service
public class UserService {


    private final StaffUserRepository users;
    private final RoleRepository roles;
    private final StaffDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final AccountLinks links;
    private final Invitations invitations;
    private final AuditService audit;
    private final Clock clock;

    UserService(StaffUserRepository users, RoleRepository roles, StaffDirectory directory,
                PasswordEncoder passwordEncoder, AccountLinks links, Invitations invitations, AuditService audit,
                Clock clock) {
        this.users = users;
        this.roles = roles;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.links = links;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional(readOnly = true)
    public List<UserSummary> findUsers(String search, int page, int pageSize) {
        List<StaffUser> found = users.search(searchText(search),
                PageRequest.of(page, pageSize, Sort.by("displayName", "email")));
        Map<UUID, AccountLinks.Link> invitationsOf = links.newest(
                found.stream().filter(user -> !user.hasPassword()).map(StaffUser::id).toList(),
                AccountLinkKind.INVITATION);
        return found.stream().map(user -> user.summary(invitationsOf.get(user.id()), clock.instant())).toList();
    }

    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional(readOnly = true)
    public long countUsers(String search) {
        return users.countSearch(searchText(search));
    }

    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional(readOnly = true)
    public List<RoleSummary> roles() {
        return roles.findAllByOrderByNameAsc().stream().map(Role::summary).toList();
    }

    /**
     * Creates the account without a password and emails the person a link to choose one (valid for
     * {@code waymark.account-links.invitation-validity}); nobody else ever sees a password.
     */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public UserSummary invite(String email, String displayName, Set<UUID> roleIds) {
        StaffUser user = create(email, displayName, roleIds, null);
        return summaryWith(user, sendInvitation(user, AuditActions.INVITATION_SENT));
    }

    /** A new link for someone who has not set a password yet (the earlier link stops working). */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public UserSummary resendInvitation(UUID userId) {
        StaffUser user = requireAwaitingPassword(userId);
        return summaryWith(user, sendInvitation(user, AuditActions.INVITATION_RESENT));
    }

    /** Withdraws the open invitation: its link stops working; it can be sent again later. */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public UserSummary withdrawInvitation(UUID userId) {
        StaffUser user = requireAwaitingPassword(userId);
        if (links.withdrawOpen(userId, AccountLinkKind.INVITATION) > 0) {
            audit.record(AuditEntry.of(AuditActions.INVITATION_WITHDRAWN, "staff_user", userId)
                    .after(Map.of("email", user.email())));
        }
        return summaryOf(user);
    }

    /** Creates a user with a password chosen by the caller (demo data); the person need not change it. */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public UserSummary createWithPassword(String email, String displayName, Set<UUID> roleIds, String password) {
        return summaryOf(create(email, displayName, roleIds, passwordEncoder.encode(password)));
    }

    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public UserSummary changeRoles(UUID userId, Set<UUID> roleIds) {
        StaffUser user = require(userId);
        Set<String> before = user.roleNames();
        user.replaceRoles(requireRoles(roleIds));
        audit.record(AuditEntry.of(AuditActions.USER_ROLES_CHANGED, "staff_user", userId)
                .before(Map.of("email", user.email(), "roles", before))
                .after(Map.of("email", user.email(), "roles", user.roleNames())));
        return summaryOf(user);
    }

    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public UserSummary setEnabled(UUID userId, boolean enabled) {
        StaffUser user = require(userId);
        if (!enabled && CurrentActor.get().map(actor -> actor.id().equals(userId)).orElse(false)) {
            throw new InvalidInputException("enabled", "You cannot disable your own account");
        }
        if (user.enabled() != enabled) {
            user.setEnabled(enabled);
            if (!enabled) {
                user.endAllSessions();
                links.withdrawOpen(userId, AccountLinkKind.INVITATION);
                links.withdrawOpen(userId, AccountLinkKind.PASSWORD_RESET);
            }
            audit.record(AuditEntry.of(enabled ? AuditActions.USER_ENABLED : AuditActions.USER_DISABLED,
                    "staff_user", userId).after(Map.of("email", user.email())));
        }
        return summaryOf(user);
    }

    private AccountLinks.Link sendInvitation(StaffUser user, String action) {
        AccountLinks.Link link = invitations.send(user, CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME));
        audit.record(AuditEntry.of(action, "staff_user", user.id())
                .after(Map.of("email", user.email(), "expires", link.expiresAt().toString())));
        return link;
    }

    private StaffUser requireAwaitingPassword(UUID userId) {
        StaffUser user = require(userId);
        if (user.hasPassword()) {
            throw new InvalidInputException("user", user.email() + " has already set a password: nothing to send");
        }
        if (!user.enabled()) {
            throw new InvalidInputException("user", user.email() + " is disabled: enable the account first");
        }
        return user;
    }

    private UserSummary summaryOf(StaffUser user) {
        return user.summary(links.newest(List.of(user.id()), AccountLinkKind.INVITATION).get(user.id()),
                clock.instant());
    }

    private UserSummary summaryWith(StaffUser user, AccountLinks.Link invitation) {
        return user.summary(invitation, clock.instant());
    }

    /** {@code passwordHash} null: the person sets a password from an invitation. */
    private StaffUser create(String email, String displayName, Set<UUID> roleIds, String passwordHash) {
        String cleanEmail = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        String cleanName = displayName == null ? "" : displayName.trim();
        if (!EmailAddresses.isPlausible(cleanEmail) || cleanEmail.length() > 254) {
            throw new InvalidInputException("email", "Enter an email address in the form name@example.org");
        }
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new InvalidInputException("displayName", "Name is required (at most 200 characters)");
        }
        if (directory.emailTaken(cleanEmail)) {
            throw new InvalidInputException("email", "A user with the email " + cleanEmail + " already exists");
        }
        Set<Role> assigned = requireRoles(roleIds);
        StaffUser user = new StaffUser(cleanEmail, cleanName, passwordHash, false, clock.instant());
        user.replaceRoles(assigned);
        users.saveAndFlush(user);
        audit.record(AuditEntry.of(AuditActions.USER_CREATED, "staff_user", user.id())
                .after(Map.of("email", cleanEmail, "name", cleanName, "roles", user.roleNames())));
        return user;
    }

    private Set<Role> requireRoles(Set<UUID> roleIds) {
        Set<UUID> wanted = roleIds == null ? Set.of() : roleIds;
        Set<Role> found = new HashSet<>(roles.findAllById(wanted));
        if (found.size() != wanted.size()) {
            Set<UUID> foundIds = found.stream().map(Role::id).collect(Collectors.toSet());
            throw new InvalidInputException("roles", "Unknown role: " + wanted.stream()
                    .filter(id -> !foundIds.contains(id)).findFirst().orElseThrow());
        }
        return found;
    }

    private StaffUser require(UUID userId) {
        return users.findById(userId)
                .orElseThrow(() -> new InvalidInputException("user", "No user with id " + userId));
    }

    /** The search text, or "" which matches everyone. */
    private static String searchText(String value) {
        return value == null ? "" : value.trim();
    }
}
