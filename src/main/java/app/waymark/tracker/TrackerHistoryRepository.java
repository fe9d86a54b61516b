package app.waymark.tracker;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface TrackerHistoryRepository extends JpaRepository<TrackerHistoryEntry, UUID> {

    List<TrackerHistoryEntry> findByTrackerIdOrderByAtAscIdAsc(UUID trackerId);
}
