package app.waymark.security;

import app.waymark.audit.AuditActions;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeSet;

/**
 * Applies {@link IdleSessions}' and then {@link LiveSessions}' verdict to the request in hand: an ended session is
 * invalidated, the request goes on unauthenticated and a short-lived cookie tells the sign-in page why; a session
 * whose roles changed carries the new authorities from this request on. Both are audited.
 */
@Component
class SessionRevocation {

    static final String NOTICE_COOKIE = "wm_session_ended";

    private final IdleSessions idle;
    private final LiveSessions sessions;
    private final SignInAuditor auditor;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionRevocation(IdleSessions idle, LiveSessions sessions, SignInAuditor auditor) {
        this.idle = idle;
        this.sessions = sessions;
        this.auditor = auditor;
    }

    SessionVerdict review(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
            return SessionVerdict.CURRENT;
        }
        SessionVerdict verdict = idle.check(request);
        if (verdict == SessionVerdict.CURRENT) {
            verdict = sessions.check(principal);
        }
        switch (verdict) {
            case SessionVerdict.Ended ended -> end(principal, ended.reason(), request, response);
            case SessionVerdict.AccessChanged changed -> {
                context.setAuthentication(changed.principal().authentication());
                repository.saveContext(context, request, response);
                auditor.sessionEvent(principal, AuditActions.SESSION_ACCESS_CHANGED, Map.of(
                        "roles", new TreeSet<>(changed.principal().roleNames()),
                        "address", request.getRemoteAddr()));
            }
            case SessionVerdict.Current current -> {
            }
        }
        return verdict;
    }

    private void end(StaffPrincipal principal, SessionEndReason reason, HttpServletRequest request,
                     HttpServletResponse response) {
        auditor.sessionEvent(principal, AuditActions.SESSION_ENDED, Map.of(
                "reason", reason.noticeValue(), "address", request.getRemoteAddr()));
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Cookie notice = new Cookie(NOTICE_COOKIE, reason.noticeValue());
        notice.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        notice.setMaxAge(300);
        notice.setHttpOnly(true);
        notice.setSecure(request.isSecure());
        notice.setAttribute("SameSite", "Lax");
        response.addCookie(notice);
    }
}
