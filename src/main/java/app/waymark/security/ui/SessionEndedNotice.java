package app.waymark.security.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The cookie the portal leaves when it ends a session, naming why (the reason's wording key), read once by the
 * sign-in page so it can say why the person is there.
 */
final class SessionEndedNotice {

    /** Same name as the security filter's cookie. */
    static final String COOKIE = "wm_session_ended";

    private static final Set<String> REASONS = Set.of("sessions_ended", "account_disabled", "tenant_suspended",
            "lifetime_reached", "idle", "account_removed");

    /** The reason the request's notice names, if it carries one; removes the notice so it is shown once. */
    static Optional<String> takeFromRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Optional<Cookie> notice = request == null || request.getCookies() == null ? Optional.empty()
                : Arrays.stream(request.getCookies()).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst();
        if (notice.isEmpty()) {
            return Optional.empty();
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie gone = new Cookie(COOKIE, "");
            gone.setPath("/");
            gone.setMaxAge(0);
            response.addCookie(gone);
        }
        String reason = notice.get().getValue();
        return Optional.of(REASONS.contains(reason) ? reason : "sessions_ended");
    }

    private SessionEndedNotice() {
    }
}
