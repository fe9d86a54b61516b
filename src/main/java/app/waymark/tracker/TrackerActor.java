package app.waymark.tracker;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;

import java.util.Set;
import java.util.UUID;

/** Who is acting on trackers: a member of staff (with their permissions), or Waymark itself. */
record TrackerActor(UUID staffId, String name, Set<String> permissions) {

    static TrackerActor current() {
        return CurrentActor.get().map(TrackerActor::of)
                .orElse(new TrackerActor(null, CurrentActor.SYSTEM_NAME, Set.of()));
    }

    static TrackerActor of(Actor actor) {
        return new TrackerActor(actor.id(), actor.displayName(), Set.copyOf(actor.permissions()));
    }

    boolean holds(String permission) {
        return permissions.contains(permission);
    }
}
