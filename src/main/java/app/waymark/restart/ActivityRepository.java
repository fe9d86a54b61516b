package app.waymark.restart;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    List<Activity> findByParticipantIdOrderByDueOnAscCreatedAtAsc(UUID participantId);
}
