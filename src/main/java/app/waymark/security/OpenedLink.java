package app.waymark.security;

/**
 * What an emailed staff link leads to. Only an {@link State#OPEN} link names the person (to greet them); the others
 * say only why the link cannot be used.
 */
public record OpenedLink(State state, AccountLinkKind kind, String displayName, String email, String providerName) {

    public enum State {
        OPEN,
        EXPIRED,
        USED,
        WITHDRAWN,
        /** Never issued, mistyped, or for an account that no longer exists or was disabled. */
        UNKNOWN
    }

    static OpenedLink closed(State state, AccountLinkKind kind) {
        return new OpenedLink(state, kind, null, null, null);
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
