package app.waymark.learner;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface LearningDeliveryRepository extends JpaRepository<LearningDelivery, UUID> {

    List<LearningDelivery> findByLearnerIdOrderByAimSeqNumber(UUID learnerId);
}
