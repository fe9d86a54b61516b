package app.waymark.security;

import app.waymark.tenant.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Authenticates {@code /api/**} requests by {@code Authorization: Bearer <token>}: unknown or revoked tokens get 401,
 * tokens of a suspended provider 403, each with a JSON message. Stateless: nothing is kept in a session.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private record Lookup(UUID tokenId, UUID tenantId, String name, boolean revoked, boolean tenantActive,
                          String tenantName) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApiTokenAuthenticationFilter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Send your Waymark API token as 'Authorization: Bearer <token>'");
            return;
        }
        List<Lookup> found = jdbc.query("select * from api_token_lookup(?)", (rs, row) -> new Lookup(
                rs.getObject("token_id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("token_name"), rs.getBoolean("revoked"), rs.getBoolean("tenant_active"),
                rs.getString("tenant_name")), (Object) ApiTokens.hash(header.substring(7).trim()));
        if (found.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "The API token is not recognised");
            return;
        }
        Lookup token = found.getFirst();
        if (token.revoked()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "The API token has been revoked");
            return;
        }
        if (!token.tenantActive()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Your organisation's access is suspended");
            return;
        }
        TenantContext.runAs(token.tenantId(), () -> transaction.executeWithoutResult(status -> jdbc.update(
                "update api_token set last_used_at = ? where id = ?", Timestamp.from(clock.instant()),
                token.tokenId())));
        ApiClientPrincipal principal = new ApiClientPrincipal(token.tokenId(), "API token '" + token.name() + "'",
                token.tenantId(), token.tenantName());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"" + message.replace("\"", "'") + "\"}");
    }
}
