package app.waymark.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whether a signed-in session is still valid: its person's session generation in the database must not have moved
 * past the one the session signed in with. Read on every request, so an ended session ends on every node at once.
 */
@Component
class SessionGenerations {

    private final JdbcTemplate jdbc;

    SessionGenerations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the person signed in before their sessions were ended, or no longer exists. */
    boolean ended(StaffPrincipal principal) {
        List<Long> current = principal.isPlatformOperator()
                ? jdbc.queryForList("select session_generation from platform_operator where id = ?", Long.class,
                principal.id())
                : jdbc.queryForList("select staff_session_generation(?)", Long.class, principal.id());
        return current.isEmpty() || current.getFirst() == null || current.getFirst() > principal.sessionGeneration();
    }
}
