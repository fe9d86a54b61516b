package app.waymark.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Reviews every request of a signed-in session ({@link SessionRevocation}), Vaadin's UIDL and push requests included
 * (push runs over WEBSOCKET_XHR, so what the browser sends arrives as ordinary requests). An ended session goes on
 * unauthenticated: a page request lands on the sign-in page, a Vaadin request finds its session expired and reloads
 * there.
 */
final class SessionRevocationFilter extends OncePerRequestFilter {

    private final SessionRevocation revocation;

    SessionRevocationFilter(SessionRevocation revocation) {
        this.revocation = revocation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        revocation.review(request, response);
        chain.doFilter(request, response);
    }
}
