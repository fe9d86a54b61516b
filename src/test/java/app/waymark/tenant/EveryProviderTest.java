package app.waymark.tenant;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A job's work for each provider, one at a time or several at once. */
class EveryProviderTest {

    private final List<UUID> providers = IntStream.range(0, 6).mapToObj(i -> UUID.randomUUID()).toList();
    private final TenantService tenants = Mockito.mock(TenantService.class);

    EveryProviderTest() {
        Mockito.when(tenants.currentTenantName()).thenAnswer(call -> Optional.of("Provider "
                + providers.indexOf(TenantContext.current().orElseThrow())));
    }

    @Test
    void each_provider_runs_once_in_its_own_context_two_at_once_and_a_failure_stops_no_other_provider() {
        Map<UUID, UUID> contextOf = new ConcurrentHashMap<>();
        CyclicBarrier firstTwoTogether = new CyclicBarrier(2);
        UUID failing = providers.get(3);

        assertThatThrownBy(() -> EveryProvider.run(tenants, providers, "The test job", 2, tenantId -> {
            if (tenantId.equals(providers.get(0)) || tenantId.equals(providers.get(1))) {
                meet(firstTwoTogether);
            }
            contextOf.put(tenantId, TenantContext.current().orElseThrow());
            if (tenantId.equals(failing)) {
                throw new IllegalArgumentException("broken data");
            }
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("The test job failed for 1 of 6 providers: Provider 3 (" + failing
                        + "): IllegalArgumentException");

        assertThat(contextOf).hasSize(6);
        contextOf.forEach((provider, context) -> assertThat(context).isEqualTo(provider));
    }

    @Test
    void one_at_a_time_runs_the_providers_in_order_on_the_calling_thread() {
        List<UUID> ran = new java.util.ArrayList<>();
        Thread caller = Thread.currentThread();
        EveryProvider.run(tenants, providers, "The test job", 1, tenantId -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            ran.add(TenantContext.current().orElseThrow());
        });
        assertThat(ran).isEqualTo(providers);
    }

    /** Both of the first two providers' work must be under way together, or the run was not parallel. */
    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the first two providers did not run at the same time", e);
        }
    }
}
