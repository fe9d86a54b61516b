package app.waymark.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs a recurring job's work for every active provider, each in its own tenant context. A provider whose work
 * fails does not stop the others; afterwards the job fails naming each such provider and the kind of error (the log
 * has the whole error), so operators see which providers to look at (Jobs page, health details) without seeing a
 * provider's data.
 */
public final class EveryProvider {

    private static final Logger log = LoggerFactory.getLogger(EveryProvider.class);

    /** {@code job} names the work in the log and the failure, e.g. "The daily survey run". */
    public static void run(TenantService tenants, String job, Consumer<UUID> work) {
        List<UUID> providers = tenants.activeTenantIds();
        List<String> failed = new ArrayList<>();
        for (UUID tenantId : providers) {
            try {
                TenantContext.runAs(tenantId, () -> work.accept(tenantId));
            } catch (RuntimeException e) {
                log.error("{} failed for tenant {}", job, tenantId, e);
                String name = TenantContext.callAs(tenantId, tenants::currentTenantName).orElse("unknown");
                failed.add(name + " (" + tenantId + "): " + e.getClass().getSimpleName());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException(job + " failed for " + failed.size() + " of " + providers.size()
                    + " providers: " + String.join("; ", failed));
        }
    }

    private EveryProvider() {
    }
}
