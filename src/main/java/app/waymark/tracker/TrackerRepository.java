package app.waymark.tracker;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface TrackerRepository extends JpaRepository<Tracker, UUID> {

    List<Tracker> findByLearnerIdAndRaisedByOrderByRaisedAtDesc(UUID learnerId, RaisedBy raisedBy);
}
