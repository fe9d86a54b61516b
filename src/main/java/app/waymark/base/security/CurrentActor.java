package app.waymark.base.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The signed-in {@link Actor} of the current thread (Vaadin keeps the security context for UI events). */
public final class CurrentActor {

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** Who to name in records and audit entries: the signed-in actor, or Waymark itself for scheduled work. */
    public static String displayNameOr(String fallback) {
        return get().map(Actor::displayName).orElse(fallback);
    }

    /** Whether someone is signed in and holds {@code permission} (a {@link Permission} name). */
    public static boolean has(String permission) {
        return get().map(actor -> actor.permissions().contains(permission)).orElse(false);
    }

    public static final String SYSTEM_NAME = "Waymark (system)";

    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    private CurrentActor() {
    }
}
