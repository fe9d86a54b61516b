package app.waymark.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * Refuses a sign-in form posted from another site (login CSRF: a page elsewhere signing the browser in to the
 * attacker's account, so that what the victim then enters lands there). Vaadin exempts the sign-in page from Spring's
 * CSRF token because its login form posts without one, so this is the check OWASP recommends beside tokens: a browser
 * names the page that posted in the Origin header, and it must be this portal as the browser addressed it (the Host
 * header; the scheme is left out because TLS may end at the proxy). A request without Origin does not come from a
 * page on another site: browsers always send Origin on a cross-site POST.
 */
final class CrossSiteSignInFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameAuthority(origin, request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign-in refused: the form was sent from another site");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameAuthority(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
