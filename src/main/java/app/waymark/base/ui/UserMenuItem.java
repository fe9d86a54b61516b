package app.waymark.base.ui;

import app.waymark.base.security.Actor;

/**
 * An entry a module adds to the user menu (e.g. the notification module's email settings) without the layout
 * depending on that module. Implementations are Spring beans.
 */
public interface UserMenuItem {

    /** Lower comes first; entries come before "Change password" and "Sign out". */
    int order();

    /** Translation key of the entry's text. */
    String titleKey();

    /** The route it opens. */
    String route();

    /** Whether the signed-in person gets this entry (e.g. not platform operators, who have no provider). */
    default boolean shownTo(Actor actor) {
        return true;
    }
}
