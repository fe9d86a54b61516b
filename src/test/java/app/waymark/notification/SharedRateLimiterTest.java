package app.waymark.notification;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SharedRateLimiterTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrent_callers_on_two_limiter_instances_never_get_more_slots_in_a_second_than_the_limit() throws Exception {
        String key = "test:" + UUID.randomUUID();
        SharedRateLimiter nodeA = new SharedRateLimiter(jdbc, key, 40);
        SharedRateLimiter nodeB = new SharedRateLimiter(jdbc, key, 40);
        List<Long> grantedAt = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (var threads = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 8).forEach(t -> threads.submit(() -> {
                for (int i = 0; i < 8; i++) {
                    (t % 2 == 0 ? nodeA : nodeB).awaitSlot();
                    grantedAt.add((System.nanoTime() - start) / 1_000_000);
                }
            }));
        }
        List<Long> times = grantedAt.stream().sorted().toList();
        long busiestSecond = times.stream()
                .mapToLong(from -> times.stream().filter(t -> t >= from && t < from + 1_000).count()).max()
                .orElseThrow();
        assertThat(times).hasSize(64);
        assertThat(busiestSecond).isLessThanOrEqualTo(40);
    }
}
