package app.waymark.base.jobs;

import java.time.Duration;
import java.time.Instant;

/** One finished run of a recurring job, on the node that ran it; {@code failure} is null for a success. */
public record RecurringJobRun(String name, String node, Instant startedAt, Instant finishedAt, String failure) {

    public boolean succeeded() {
        return failure == null;
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }
}
