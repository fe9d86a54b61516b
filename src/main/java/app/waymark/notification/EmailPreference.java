package app.waymark.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of staff's choice of emails; {@code digestTime} (UK time, whole minutes) only with
 * {@link EmailMode#DAILY_DIGEST}.
 */
public record EmailPreference(EmailMode mode, LocalTime digestTime) {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** Everyone's until they choose: one email for each event. */
    public static final EmailPreference DEFAULT = new EmailPreference(EmailMode.EACH_EVENT, null);

    public EmailPreference {
        Objects.requireNonNull(mode, "mode");
        if (mode == EmailMode.DAILY_DIGEST) {
            Objects.requireNonNull(digestTime, "digestTime");
            digestTime = digestTime.truncatedTo(ChronoUnit.MINUTES);
        } else {
            digestTime = null;
        }
    }

    public static EmailPreference dailyAt(LocalTime time) {
        return new EmailPreference(EmailMode.DAILY_DIGEST, time);
    }

    /**
     * For a daily digest, the latest digest time at or before {@code now}: today's in the UK if it has passed,
     * otherwise yesterday's (on a day the clocks go forward, a time in the missing hour is the hour after).
     */
    public Optional<Instant> latestDigestAt(Instant now) {
        if (mode != EmailMode.DAILY_DIGEST) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, UK);
        Instant todays = ZonedDateTime.of(today, digestTime, UK).toInstant();
        return Optional.of(todays.isAfter(now) ? ZonedDateTime.of(today.minusDays(1), digestTime, UK).toInstant()
                : todays);
    }
}
