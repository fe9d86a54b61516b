package app.waymark.ilr;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface IlrImportRepository extends JpaRepository<IlrImport, UUID> {

    List<IlrImport> findByOrderByStartedAtDesc(Pageable pageable);
}
