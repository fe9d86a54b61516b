package app.waymark.tracker;

import java.time.Instant;

/** One line of a tracker's history: when, who, what (a {@link TrackerEvent.Kind} name), before and after (JSON). */
public record TrackerHistoryLine(Instant at, String actorName, String action, String before, String after) {
}
