package app.waymark.restart;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface SanctionChangeRepository extends JpaRepository<SanctionChange, UUID> {

    List<SanctionChange> findByParticipantIdOrderByChangedAtDesc(UUID participantId);
}
