package app.waymark.tenant;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;

import java.util.Objects;
import java.util.UUID;

/** Resolves the tenant of the current unit of work: an explicit {@link TenantContext} first, else the signed-in user. */
public final class CurrentTenant {

    /** Matches no row: used when there is no tenant (anonymous requests, platform operators). */
    public static final UUID NONE = new UUID(0L, 0L);

    public static UUID idOrNone() {
        return TenantContext.current()
                .or(() -> CurrentActor.get().map(Actor::tenantId).filter(Objects::nonNull))
                .orElse(NONE);
    }

    private CurrentTenant() {
    }
}
