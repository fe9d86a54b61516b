package app.waymark.restart;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface MonitoringTrackerRepository extends JpaRepository<MonitoringTracker, UUID> {
}
