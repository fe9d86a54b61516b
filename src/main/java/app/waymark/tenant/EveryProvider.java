package app.waymark.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        run(tenants, tenants.activeTenantIds(), job, 1, work);
    }

    /**
     * As {@link #run(TenantService, String, Consumer)}, for {@code providers}, with up to {@code parallelism}
     * providers' work at once (each on its own thread and database connection): for work that keeps the database
     * busy one provider at a time, such as the daily survey run (decision 0061). Returns once every provider's work
     * has ended.
     */
    public static void run(TenantService tenants, List<UUID> providers, String job, int parallelism,
                           Consumer<UUID> work) {
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        if (parallelism <= 1) {
            providers.forEach(tenantId -> runOne(tenants, job, tenantId, work, failed));
        } else {
            try (ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, providers.size())),
                    Thread.ofPlatform().name(job.replace(' ', '-').toLowerCase() + "-", 1).factory())) {
                providers.forEach(tenantId -> workers.execute(() -> runOne(tenants, job, tenantId, work, failed)));
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException(job + " failed for " + failed.size() + " of " + providers.size()
                    + " providers: " + String.join("; ", failed));
        }
    }

    private static void runOne(TenantService tenants, String job, UUID tenantId, Consumer<UUID> work,
                               List<String> failed) {
        try {
            TenantContext.runAs(tenantId, () -> work.accept(tenantId));
        } catch (RuntimeException e) {
            log.error("{} failed for tenant {}", job, tenantId, e);
            String name = TenantContext.callAs(tenantId, tenants::currentTenantName).orElse("unknown");
            failed.add(name + " (" + tenantId + "): " + e.getClass().getSimpleName());
        }
    }

    private EveryProvider() {
    }
}
