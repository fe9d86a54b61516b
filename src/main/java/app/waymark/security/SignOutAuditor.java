package app.waymark.security;

import app.waymark.audit.AuditActions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Signing out is audited and ends the person's sessions everywhere else too, at their next request. */
@Component
class SignOutAuditor implements LogoutHandler {

    private final SignInAuditor auditor;
    private final JdbcTemplate jdbc;

    SignOutAuditor(SignInAuditor auditor, JdbcTemplate jdbc) {
        this.auditor = auditor;
        this.jdbc = jdbc;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            if (principal.isPlatformOperator()) {
                jdbc.update("update platform_operator set session_generation = session_generation + 1 where id = ?",
                        principal.id());
            } else {
                jdbc.query("select end_staff_sessions(?)", rs -> null, principal.id());
            }
            auditor.sessionEvent(principal, AuditActions.SIGN_OUT, Map.of("address", request.getRemoteAddr()));
        }
    }
}
