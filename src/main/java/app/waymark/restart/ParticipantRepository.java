package app.waymark.restart;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    boolean existsByNationalInsuranceNumber(String nationalInsuranceNumber);
}
