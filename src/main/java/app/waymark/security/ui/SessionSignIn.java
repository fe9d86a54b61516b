package app.waymark.security.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Signs a person in from a Vaadin request, as the sign-in form does: a new session id, then the context saved. */
final class SessionSignIn {

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    /** Returns the address of the home page, to go to now. */
    static String signIn(Authentication authentication) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        // Whatever session id existed before signing in must not carry the signed-in session (session fixation).
        request.getHttpServletRequest().changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        return request.getContextPath() + "/";
    }

    private SessionSignIn() {
    }
}
