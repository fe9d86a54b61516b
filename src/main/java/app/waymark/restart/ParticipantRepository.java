package app.waymark.restart;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    boolean existsByNationalInsuranceNumber(String nationalInsuranceNumber);

    @Query("select p.nationalInsuranceNumber from Participant p where p.nationalInsuranceNumber in :numbers")
    Set<String> findNationalInsuranceNumbersIn(Collection<String> numbers);
}
