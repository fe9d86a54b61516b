package app.waymark.tracker;

import app.waymark.base.TimeOrderedIds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Keeps tracker notifications for the daily summary email of staff who chose one ({@link TrackerDigests} sends
 * them). Called in the transaction that made the change, so a change that rolls back leaves nothing waiting.
 */
@Component
public class TrackerDigestQueue {

    private final TrackerDigestItemRepository items;
    private final Clock clock;

    TrackerDigestQueue(TrackerDigestItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /**
     * Keeps "{@code subject}: {@code sentence}" about a tracker another module keeps (such as a DWP Restart
     * monitoring tracker), linking to {@code linkPath} in the portal, for the staff member's next summary.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(UUID staffId, TrackerEvent.Kind kind, String subject, String sentence, String linkPath) {
        save(staffId, null, kind, subject, sentence, linkPath);
    }

    /** Keeps a line about a learner's tracker; it goes if the tracker does. */
    void hold(UUID staffId, Tracker tracker, TrackerEvent.Kind kind, String subject, String sentence) {
        save(staffId, tracker.id(), kind, subject, sentence, "trackers/" + tracker.id());
    }

    private void save(UUID staffId, UUID trackerId, TrackerEvent.Kind kind, String subject, String sentence,
                      String linkPath) {
        items.save(new TrackerDigestItem(TimeOrderedIds.next(), staffId, trackerId, kind,
                TrackerNotices.digestLine(subject, sentence), linkPath, clock.instant()));
    }
}
