package app.waymark.security;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** One client may ask for only so many learner sign-in codes in the window, whatever the addresses. */
class CodeRequestThrottleTest extends IntegrationTest {

    @Autowired
    RequestCounter counter;

    private CodeRequestThrottle threePerHour() {
        return new CodeRequestThrottle(counter, new CodeRequestProperties(3, Duration.ofHours(1)));
    }

    @Test
    void a_client_gets_its_limit_of_codes_then_none_until_the_window_has_passed() {
        CodeRequestThrottle limit = threePerHour();
        String client = someIpv4();

        assertThat(limit.allow(client)).isTrue();
        assertThat(limit.allow(client)).isTrue();
        assertThat(limit.allow(client)).isTrue();
        assertThat(limit.allow(client)).as("the fourth in the hour").isFalse();
        assertThat(limit.allow(someIpv4())).as("another client").isTrue();

        clock.advance(Duration.ofMinutes(61));
        assertThat(limit.allow(client)).as("after the hour").isTrue();
    }

    @Test
    void an_ipv6_client_is_counted_by_its_64_prefix_so_changing_the_interface_part_does_not_reset_it() {
        CodeRequestThrottle limit = threePerHour();
        String prefix = "2001:db8:%x:%x".formatted(ThreadLocalRandom.current().nextInt(0x10000),
                ThreadLocalRandom.current().nextInt(0x10000));

        for (int host = 1; host <= 3; host++) {
            assertThat(limit.allow(prefix + "::" + host)).isTrue();
        }

        assertThat(limit.allow(prefix + "::99")).isFalse();
    }

    private static String someIpv4() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), 1 + random.nextInt(254));
    }
}
