package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The page behind an emailed staff link (no one is signed in): what the link is, and choosing the password, which
 * uses the link once and signs the person in. A password reset ends the person's other sessions.
 */
@Service
public class AccountLinkService {

    private final AccountLinks links;
    private final StaffUserRepository users;
    private final TenantService tenants;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountLinkService(AccountLinks links, StaffUserRepository users, TenantService tenants,
                       PasswordEncoder passwordEncoder, SignInThrottle throttle, AuditService audit,
                       PlatformTransactionManager transactionManager, Clock clock) {
        this.links = links;
        this.users = users;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What {@code token} leads to; reading it changes nothing (mail scanners open links too). */
    public OpenedLink open(String token, AccountLinkKind expected) {
        Optional<AccountLinks.Owner> owner = links.owner(token);
        if (owner.isEmpty()) {
            return OpenedLink.closed(OpenedLink.State.UNKNOWN, expected);
        }
        return TenantContext.callAs(owner.get().tenantId(), () -> transactions.execute(status ->
                describe(owner.get(), expected)));
    }

    /**
     * Sets the password the person chose (under the password policy: a refusal names the rule and uses nothing) and
     * uses the link; returns the person signed in. A link that cannot be used any more is refused with why.
     */
    public Authentication choosePassword(String token, AccountLinkKind expected, String password) {
        AccountLinks.Owner owner = links.owner(token)
                .orElseThrow(() -> refused(OpenedLink.State.UNKNOWN));
        return TenantContext.callAs(owner.tenantId(), () -> transactions.execute(status -> {
            OpenedLink link = describe(owner, expected);
            if (!link.open()) {
                throw refused(link.state());
            }
            PasswordPolicy.check(password, link.email());
            StaffUser user = links.use(owner.linkId()).flatMap(users::findById)
                    .orElseThrow(() -> refused(OpenedLink.State.USED));
            if (user.hasPassword() && passwordEncoder.matches(password, user.passwordHash())) {
                throw new InvalidInputException("newPassword", "Choose a password you have not used here before");
            }
            user.changePassword(passwordEncoder.encode(password), false, clock.instant());
            user.endAllSessions();
            throttle.recordSuccess(user.email());
            boolean reset = expected == AccountLinkKind.PASSWORD_RESET;
            audit.recordAs(user.id(), user.displayName(), AuditEntry.of(reset ? AuditActions.PASSWORD_RESET
                    : AuditActions.INVITATION_ACCEPTED, "staff_user", user.id()).after(Map.of("email", user.email())));
            return StaffPrincipal.of(user, link.providerName(), clock.instant()).authentication();
        }));
    }

    private OpenedLink describe(AccountLinks.Owner owner, AccountLinkKind expected) {
        Optional<AccountLinks.Link> found = links.find(owner.linkId()).filter(link -> link.kind() == expected);
        Optional<StaffUser> user = found.flatMap(link -> users.findById(link.userId())).filter(StaffUser::enabled);
        if (found.isEmpty() || user.isEmpty()) {
            return OpenedLink.closed(OpenedLink.State.UNKNOWN, expected);
        }
        AccountLinks.Link link = found.get();
        OpenedLink.State state = link.usedAt() != null ? OpenedLink.State.USED
                : link.revokedAt() != null ? OpenedLink.State.WITHDRAWN
                : !link.expiresAt().isAfter(clock.instant()) ? OpenedLink.State.EXPIRED
                : OpenedLink.State.OPEN;
        if (state != OpenedLink.State.OPEN) {
            return OpenedLink.closed(state, expected);
        }
        return new OpenedLink(state, expected, user.get().displayName(), user.get().email(),
                tenants.currentTenantName().orElse(""));
    }

    private static InvalidInputException refused(OpenedLink.State state) {
        return new InvalidInputException("link", switch (state) {
            case EXPIRED -> "This link has expired.";
            case USED -> "This link has already been used.";
            case WITHDRAWN -> "This link was withdrawn.";
            default -> "This link is not recognised.";
        });
    }
}
