package app.waymark.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a session whose person's sessions were ended elsewhere (a password reset, a password change in another
 * session): the HTTP session is invalidated and the request goes on unauthenticated, so a page request lands on the
 * sign-in page and a Vaadin request finds its session expired and reloads there. A short-lived cookie tells the
 * sign-in page to say why.
 */
final class SessionGenerationFilter extends OncePerRequestFilter {

    static final String ENDED_COOKIE = "wm_session_ended";

    private final SessionGenerations generations;

    SessionGenerationFilter(SessionGenerations generations) {
        this.generations = generations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                && generations.ended(principal)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            Cookie ended = new Cookie(ENDED_COOKIE, "1");
            ended.setPath("/");
            ended.setMaxAge(300);
            ended.setHttpOnly(true);
            ended.setSecure(request.isSecure());
            ended.setAttribute("SameSite", "Lax");
            response.addCookie(ended);
        }
        chain.doFilter(request, response);
    }
}
