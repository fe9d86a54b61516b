package app.waymark.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Checks a signed-in session against its person as they are now: removed, disabled, provider suspended, sessions
 * ended since it signed in (a newer session generation), past its absolute lifetime, or roles changed. Read on every
 * request, so a change made on one node reaches sessions on every node at their next request.
 */
@Component
class LiveSessions {

    private final JdbcTemplate jdbc;
    private final SessionProperties properties;
    private final Clock clock;

    LiveSessions(JdbcTemplate jdbc, SessionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    SessionVerdict check(StaffPrincipal principal) {
        List<PersonState> found = principal.isPlatformOperator()
                ? jdbc.query("select session_generation, enabled from platform_operator where id = ?",
                (rs, row) -> new PersonState(rs.getLong(1), rs.getBoolean(2), true,
                        Set.of(StaffPrincipal.OPERATOR_ROLE_NAME), principal.permissions()), principal.id())
                : jdbc.query("select * from staff_session_state(?)", (rs, row) -> new PersonState(
                rs.getLong("session_generation"), rs.getBoolean("enabled"),
                "ACTIVE".equals(rs.getString("tenant_status")), texts(rs, "role_names"),
                texts(rs, "permissions")), principal.id());
        if (found.isEmpty()) {
            return new SessionVerdict.Ended(SessionEndReason.ACCOUNT_REMOVED);
        }
        PersonState person = found.getFirst();
        if (!person.enabled()) {
            return new SessionVerdict.Ended(SessionEndReason.ACCOUNT_DISABLED);
        }
        if (!person.tenantActive()) {
            return new SessionVerdict.Ended(SessionEndReason.TENANT_SUSPENDED);
        }
        if (person.sessionGeneration() > principal.sessionGeneration()) {
            return new SessionVerdict.Ended(SessionEndReason.SESSIONS_ENDED);
        }
        if (!clock.instant().isBefore(principal.signedInAt().plus(properties.absoluteLifetime()))) {
            return new SessionVerdict.Ended(SessionEndReason.LIFETIME_REACHED);
        }
        if (!person.roleNames().equals(principal.roleNames()) || !person.permissions().equals(principal.permissions())) {
            return new SessionVerdict.AccessChanged(principal.withAccess(person.roleNames(), person.permissions()));
        }
        return SessionVerdict.CURRENT;
    }

    private static Set<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    private record PersonState(long sessionGeneration, boolean enabled, boolean tenantActive, Set<String> roleNames,
                               Set<String> permissions) {
    }
}
