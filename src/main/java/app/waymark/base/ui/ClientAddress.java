package app.waymark.base.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The address of the browser behind the current Vaadin request (the load balancer's forwarded one in production). */
public final class ClientAddress {

    /** Null outside a request, which the throttles count as one unknown client. */
    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private ClientAddress() {
    }
}
