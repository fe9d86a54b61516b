package app.waymark.security;

import app.waymark.audit.AuditActions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

@Component
class SignOutAuditor implements LogoutHandler {

    private final SignInAuditor auditor;

    SignOutAuditor(SignInAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            if (principal.tenantId() != null) {
                auditor.staffEvent(principal.tenantId(), principal.id(), principal.email(), AuditActions.SIGN_OUT,
                        request.getRemoteAddr());
            } else {
                auditor.platformEvent(principal.id(), principal.email(), AuditActions.SIGN_OUT,
                        request.getRemoteAddr());
            }
        }
    }
}
