package app.waymark.restart;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface RestartFileRepository extends JpaRepository<RestartFile, UUID> {

    @Query("""
            select new app.waymark.restart.Attachment(f.id, f.kind, f.fileName, f.contentType, f.sizeBytes,
                f.uploadedAt, f.uploadedByName)
            from RestartFile f where f.trackerId = :trackerId order by f.uploadedAt""")
    List<Attachment> listed(UUID trackerId);

    boolean existsByTrackerIdAndKind(UUID trackerId, AttachmentKind kind);
}
