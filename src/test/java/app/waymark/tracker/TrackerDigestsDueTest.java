package app.waymark.tracker;

import app.waymark.notification.EmailMode;
import app.waymark.notification.EmailPreference;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerDigestsDueTest {

    private static final EmailPreference EIGHT_AM = EmailPreference.dailyAt(LocalTime.of(8, 0));

    @Test
    void a_daily_summary_is_due_once_the_chosen_time_has_passed_since_the_oldest_waiting_item() {
        // 08:00 in the UK on 3 December is 08:00 UTC.
        Instant waitingSince = Instant.parse("2026-12-02T15:00:00Z");
        assertThat(TrackerDigests.due(EIGHT_AM, waitingSince, Instant.parse("2026-12-03T07:59:00Z"))).isFalse();
        assertThat(TrackerDigests.due(EIGHT_AM, waitingSince, Instant.parse("2026-12-03T08:00:00Z"))).isTrue();
        assertThat(TrackerDigests.due(EIGHT_AM, Instant.parse("2026-12-03T08:05:00Z"),
                Instant.parse("2026-12-03T09:00:00Z"))).as("came after today's summary: tomorrow's").isFalse();
    }

    @Test
    void items_of_someone_who_no_longer_wants_a_summary_are_dealt_with_at_once() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        assertThat(TrackerDigests.due(EmailPreference.DEFAULT, now, now)).isTrue();
        assertThat(TrackerDigests.due(new EmailPreference(EmailMode.NONE, null), now, now)).isTrue();
    }
}
