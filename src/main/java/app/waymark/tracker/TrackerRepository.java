package app.waymark.tracker;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;
import java.util.UUID;

interface TrackerRepository extends JpaRepository<Tracker, UUID>, JpaSpecificationExecutor<Tracker> {

    List<Tracker> findByLearnerIdAndRaisedByOrderByRaisedAtDesc(UUID learnerId, RaisedBy raisedBy);
}
