package app.waymark.destination;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface DestinationSettingsRepository extends JpaRepository<DestinationSettings, UUID> {

    Optional<DestinationSettings> findFirstBy();
}
