package app.waymark.tracker;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface TrackerRepository extends JpaRepository<Tracker, UUID> {
}
