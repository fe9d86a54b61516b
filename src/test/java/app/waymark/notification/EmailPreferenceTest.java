package app.waymark.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class EmailPreferenceTest {

    @Test
    void the_latest_digest_time_is_today_once_it_has_passed_in_uk_time_and_yesterday_before() {
        EmailPreference eight = EmailPreference.dailyAt(LocalTime.of(8, 0));
        // 10 July, British Summer Time: 08:00 in the UK is 07:00 UTC.
        assertThat(eight.latestDigestAt(Instant.parse("2026-07-10T07:00:00Z")))
                .contains(Instant.parse("2026-07-10T07:00:00Z"));
        assertThat(eight.latestDigestAt(Instant.parse("2026-07-10T06:59:59Z")))
                .contains(Instant.parse("2026-07-09T07:00:00Z"));
        // 10 January, GMT.
        assertThat(eight.latestDigestAt(Instant.parse("2026-01-10T09:00:00Z")))
                .contains(Instant.parse("2026-01-10T08:00:00Z"));
    }

    @Test
    void only_a_daily_digest_has_a_time_and_it_is_kept_to_the_minute() {
        assertThat(new EmailPreference(EmailMode.NONE, LocalTime.NOON).digestTime()).isNull();
        assertThat(EmailPreference.DEFAULT.latestDigestAt(Instant.now())).isEmpty();
        assertThat(EmailPreference.dailyAt(LocalTime.of(7, 45, 30)).digestTime()).isEqualTo(LocalTime.of(7, 45));
    }
}
