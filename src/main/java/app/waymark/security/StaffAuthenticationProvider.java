package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.security.SignInRefusedException.Reason;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Email-and-password sign-in for staff and platform operators, a few at a time on a node ({@link SignInGate}), with
 * throttling per account and per client address (each attempt counted before its password is checked), suspended
 * tenants refused, and every outcome audited.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final StaffDirectory directory;
    private final SignInThrottle throttle;
    private final SignInGate gate;
    private final SignInAuditor auditor;
    private final PasswordEncoder passwordEncoder;
    private final String timingDummyHash;
    private final Clock clock;

    StaffAuthenticationProvider(StaffDirectory directory, SignInThrottle throttle, SignInGate gate,
                                SignInAuditor auditor, PasswordEncoder passwordEncoder, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.throttle = throttle;
        this.gate = gate;
        this.auditor = auditor;
        this.passwordEncoder = passwordEncoder;
        this.timingDummyHash = passwordEncoder.encode("timing-dummy-password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        return gate.pass(() -> checkedSignIn(authentication));
    }

    private Authentication checkedSignIn(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";

        Optional<StaffDirectory.StaffCredentials> staff = directory.staffCredentials(email);
        if (!throttle.tryAttempt(email, address)) {
            staff.ifPresentOrElse(
                    s -> auditor.staffEvent(s.tenantId(), s.userId(), email, AuditActions.SIGN_IN_THROTTLED, address),
                    () -> auditor.platformEvent(null, email, AuditActions.SIGN_IN_THROTTLED, address));
            throw new SignInRefusedException(Reason.THROTTLED);
        }
        if (staff.isPresent()) {
            return authenticateStaff(staff.get(), email, password, address);
        }
        Optional<PlatformOperator> operator = directory.operator(email);
        if (operator.isPresent() && operator.get().enabled()
                && passwordEncoder.matches(password, operator.get().passwordHash())) {
            throttle.recordSuccess(email, address);
            auditor.platformEvent(operator.get().id(), email, AuditActions.SIGN_IN, address);
            return StaffPrincipal.of(operator.get(), clock.instant()).authentication();
        }
        if (operator.isEmpty()) {
            passwordEncoder.matches(password, timingDummyHash);
        }
        auditor.platformEvent(operator.map(PlatformOperator::id).orElse(null), email, AuditActions.SIGN_IN_FAILED,
                address);
        throw new SignInRefusedException(Reason.CREDENTIALS);
    }

    private Authentication authenticateStaff(StaffDirectory.StaffCredentials staff, String email, String password,
                                             String address) {
        if (!passwordMatches(password, staff.passwordHash())) {
            auditor.staffEvent(staff.tenantId(), staff.userId(), email, AuditActions.SIGN_IN_FAILED, address);
            throw new SignInRefusedException(Reason.CREDENTIALS);
        }
        if (!staff.tenantActive()) {
            auditor.staffEvent(staff.tenantId(), staff.userId(), email, AuditActions.SIGN_IN_REFUSED_SUSPENDED,
                    address);
            throw new SignInRefusedException(Reason.TENANT_SUSPENDED);
        }
        if (!staff.enabled()) {
            auditor.staffEvent(staff.tenantId(), staff.userId(), email, AuditActions.SIGN_IN_FAILED, address);
            throw new SignInRefusedException(Reason.ACCOUNT_DISABLED);
        }
        throttle.recordSuccess(email, address);
        auditor.staffEvent(staff.tenantId(), staff.userId(), email, AuditActions.SIGN_IN, address);
        return directory.principal(staff, clock.instant()).authentication();
    }

    /** An invited person has no password until they accept their invitation: nothing matches, in the same time. */
    private boolean passwordMatches(String password, String hash) {
        if (hash == null) {
            passwordEncoder.matches(password, timingDummyHash);
            return false;
        }
        return passwordEncoder.matches(password, hash);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
