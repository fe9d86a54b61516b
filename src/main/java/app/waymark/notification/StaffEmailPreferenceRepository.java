package app.waymark.notification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface StaffEmailPreferenceRepository extends JpaRepository<StaffEmailPreference, UUID> {

    Optional<StaffEmailPreference> findByStaffId(UUID staffId);

    List<StaffEmailPreference> findByStaffIdIn(Collection<UUID> staffIds);
}
