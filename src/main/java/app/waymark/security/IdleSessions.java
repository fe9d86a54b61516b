package app.waymark.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Ends a staff session after {@code waymark.session.idle-timeout} without a request its person made, timed by the
 * portal's clock. Vaadin's heartbeats, which an open tab sends by itself, are not activity: left to the container,
 * they would keep the HTTP session (and its sign-in) alive after Vaadin had closed the idle page (decision 0066).
 */
@Component
class IdleSessions {

    static final String LAST_ACTIVITY = IdleSessions.class.getName() + ".lastActivity";

    private final SessionProperties properties;
    private final Clock clock;

    IdleSessions(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Ended when the session has been idle too long; otherwise a request the person made counts as activity. */
    SessionVerdict check(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return SessionVerdict.CURRENT;
        }
        Instant now = clock.instant();
        if (session.getAttribute(LAST_ACTIVITY) instanceof Instant last
                && !now.isBefore(last.plus(properties.idleTimeout()))) {
            return new SessionVerdict.Ended(SessionEndReason.IDLE);
        }
        if (!isHeartbeat(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return SessionVerdict.CURRENT;
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return HandlerHelper.RequestType.HEARTBEAT.getIdentifier()
                .equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
    }
}
