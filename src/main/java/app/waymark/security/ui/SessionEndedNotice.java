package app.waymark.security.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;

import java.util.Arrays;

/**
 * The cookie the security filters leave when they end a session (the person's sessions were ended elsewhere), read
 * once by the sign-in page so it can say why the person is there.
 */
final class SessionEndedNotice {

    /** Same name as the security filter's cookie. */
    static final String COOKIE = "wm_session_ended";

    /** True when the request carries the notice; removes it so it is shown once. */
    static boolean takeFromRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null
                || Arrays.stream(request.getCookies()).noneMatch(cookie -> COOKIE.equals(cookie.getName()))) {
            return false;
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie gone = new Cookie(COOKIE, "");
            gone.setPath("/");
            gone.setMaxAge(0);
            response.addCookie(gone);
        }
        return true;
    }

    private SessionEndedNotice() {
    }
}
