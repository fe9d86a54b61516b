package app.waymark.learner;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface EmploymentStatusRepository extends JpaRepository<EmploymentStatus, UUID> {

    List<EmploymentStatus> findByLearnerIdOrderByDateEmpStatApp(UUID learnerId);
}
