package app.waymark.security;

import org.springframework.stereotype.Component;

/**
 * Stops one client asking for learner portal sign-in codes for address after address: each address has its own
 * limit already, so without this a single client could have codes emailed and texted (at the provider's cost) to every
 * learner in turn. Counted in the database, so every node agrees; the limit is high enough for a class signing in
 * from behind one college address.
 */
@Component
public class CodeRequestThrottle {

    private final RequestCounter counter;
    private final CodeRequestProperties properties;

    CodeRequestThrottle(RequestCounter counter, CodeRequestProperties properties) {
        this.counter = counter;
        this.properties = properties;
    }

    /** Counts this request; false once the client has asked for more than its limit of codes in the window. */
    public boolean allow(String clientAddress) {
        return counter.allow("learner-code:" + ClientAddresses.limitKey(clientAddress), properties.perClient(),
                properties.window());
    }

    public int perClient() {
        return properties.perClient();
    }
}
