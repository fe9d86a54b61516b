package app.waymark.security;

import app.waymark.security.ui.LoginView;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.stereotype.Component;

/**
 * Reviews the session again before every navigation, where the request filter cannot see: a navigation that arrives
 * without passing the filter (as in Karibu's server-side tests) still meets an ended session or changed roles. An
 * ended session is sent to the sign-in page, which says why.
 */
@Component
class SessionRevocationGuard implements VaadinServiceInitListener {

    private final SessionRevocation revocation;

    SessionRevocationGuard(SessionRevocation revocation) {
        this.revocation = revocation;
    }

    @Override
    public void serviceInit(ServiceInitEvent serviceEvent) {
        serviceEvent.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(event -> {
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            VaadinServletResponse response = VaadinServletResponse.getCurrent();
            if (request == null || response == null || event.getNavigationTarget() == LoginView.class) {
                return;
            }
            SessionVerdict verdict = revocation.review(request.getHttpServletRequest(),
                    response.getHttpServletResponse());
            if (verdict instanceof SessionVerdict.Ended) {
                event.getUI().getPage().setLocation(request.getContextPath() + "/login");
                event.forwardTo(LoginView.class);
            }
        }));
    }
}
