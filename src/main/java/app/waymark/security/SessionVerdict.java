package app.waymark.security;

/** What a signed-in session may do now, from its person's current state in the database ({@link LiveSessions}). */
sealed interface SessionVerdict {

    /** Nothing changed since the session signed in. */
    record Current() implements SessionVerdict {
    }

    /** The person's roles changed: the session goes on with what the roles give now. */
    record AccessChanged(StaffPrincipal principal) implements SessionVerdict {
    }

    /** The session must end now. */
    record Ended(SessionEndReason reason) implements SessionVerdict {
    }

    SessionVerdict CURRENT = new Current();
}
