package app.waymark.base;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    @Test
    void ids_are_version_7_rfc_variant_unique_and_start_with_the_current_millisecond() {
        long before = System.currentTimeMillis();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = TimeOrderedIds.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            ids.add(id);
        }
        long after = System.currentTimeMillis();
        assertThat(ids).hasSize(10_000);
        assertThat(ids).allSatisfy(id ->
                assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after));
    }
}
