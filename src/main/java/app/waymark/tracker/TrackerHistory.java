package app.waymark.tracker;

import app.waymark.base.TimeOrderedIds;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes and reads trackers' histories. */
@Component
class TrackerHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TrackerHistoryRepository entries;
    private final EntityManager entityManager;

    TrackerHistory(TrackerHistoryRepository entries, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
    }

    void record(UUID trackerId, Instant at, TrackerActor actor, TrackerEvent.Kind what, Map<String, ?> before,
                Map<String, ?> after) {
        // persist, not save: an entry with its id already set would be merged, which first looks for it
        entityManager.persist(new TrackerHistoryEntry(TimeOrderedIds.next(), trackerId, at, actor.staffId(),
                actor.name(), what.name(), before == null ? null : JSON.writeValueAsString(before),
                after == null ? null : JSON.writeValueAsString(after)));
    }

    List<TrackerHistoryLine> of(UUID trackerId) {
        return entries.findByTrackerIdOrderByAtAscIdAsc(trackerId).stream().map(TrackerHistoryEntry::view).toList();
    }
}
