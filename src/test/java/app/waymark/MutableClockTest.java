package app.waymark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' clock seen in the UK zone tells the UK day, and moving one view moves them all. */
class MutableClockTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void late_on_a_summer_evening_the_uk_day_is_a_day_after_the_utc_day() {
        MutableClock clock = new MutableClock();
        Instant summerEvening = Year.now(ZoneOffset.UTC).plusYears(1).atMonth(7).atDay(1).atTime(23, 30)
                .toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(clock.instant(), summerEvening));

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.ofInstant(summerEvening, ZoneOffset.UTC));
        assertThat(LocalDate.now(clock.withZone(UK)))
                .isEqualTo(LocalDate.ofInstant(summerEvening, ZoneOffset.UTC).plusDays(1));
    }

    @Test
    void a_zoned_view_moves_with_the_clock() {
        MutableClock clock = new MutableClock();
        java.time.Clock uk = clock.withZone(UK);
        clock.advance(Duration.ofDays(3));

        assertThat(uk.instant()).isEqualTo(clock.instant());
        assertThat(uk.getZone()).isEqualTo(UK);
    }
}
