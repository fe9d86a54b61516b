package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;

/** The signed-in person's own account. Changing the password ends the person's other sessions. */
@Service
public class AccountService {

    private final StaffUserRepository users;
    private final PlatformOperatorRepository operators;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    AccountService(StaffUserRepository users, PlatformOperatorRepository operators, PasswordEncoder passwordEncoder,
                   AuditService audit, Clock clock) {
        this.users = users;
        this.operators = operators;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
        PasswordPolicy.check(newPassword, principal.email());
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "The new password must differ from the current one");
        }
        long sessionGeneration;
        if (principal.isPlatformOperator()) {
            PlatformOperator operator = operators.findById(principal.id()).orElseThrow();
            requireCurrent(currentPassword, operator.passwordHash());
            operator.changePassword(passwordEncoder.encode(newPassword));
            operator.endAllSessions();
            sessionGeneration = operator.sessionGeneration();
            audit.recordPlatform(AuditEntry.of(AuditActions.PASSWORD_CHANGED, "platform_operator", principal.id()));
        } else {
            StaffUser user = users.findById(principal.id()).orElseThrow();
            requireCurrent(currentPassword, user.passwordHash());
            user.changePassword(passwordEncoder.encode(newPassword), false, clock.instant());
            user.endAllSessions();
            sessionGeneration = user.sessionGeneration();
            audit.record(AuditEntry.of(AuditActions.PASSWORD_CHANGED, "staff_user", principal.id())
                    .after(Map.of("email", principal.email())));
        }
        // This session carries the new generation, so it stays; the person's other sessions end.
        StaffPrincipal updated = principal.withPasswordChanged(sessionGeneration);
        SecurityContextHolder.getContext().setAuthentication(updated.authentication());
    }

    private void requireCurrent(String currentPassword, String hash) {
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "The current password is not correct");
        }
    }
}
