package app.waymark.tenant;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The tenant for work that is not a signed-in user's request: scheduled jobs, event listeners, sign-in itself.
 * Scoped to a call, so it cannot leak to the next piece of work on the same thread.
 */
public final class TenantContext {

    private static final ScopedValue<UUID> TENANT = ScopedValue.newInstance();

    public static void runAs(UUID tenantId, Runnable work) {
        ScopedValue.where(TENANT, requireTenant(tenantId)).run(work);
    }

    public static <T> T callAs(UUID tenantId, Callable<T> work) {
        try {
            return ScopedValue.where(TENANT, requireTenant(tenantId)).call(work::call);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<UUID> current() {
        return TENANT.isBound() ? Optional.of(TENANT.get()) : Optional.empty();
    }

    private static UUID requireTenant(UUID tenantId) {
        if (tenantId == null) {
            throw new IllegalArgumentException("A tenant id is required");
        }
        return tenantId;
    }

    private TenantContext() {
    }
}
