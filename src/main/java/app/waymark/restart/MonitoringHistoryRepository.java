package app.waymark.restart;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface MonitoringHistoryRepository extends JpaRepository<MonitoringHistoryEntry, UUID> {

    List<MonitoringHistoryEntry> findByTrackerIdOrderByAtAscIdAsc(UUID trackerId);
}
