package app.waymark.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlatformAuditEventRepository extends JpaRepository<PlatformAuditEvent, Long> {

    List<PlatformAuditEvent> findByOrderByOccurredAtDescIdDesc(Pageable pageable);
}
