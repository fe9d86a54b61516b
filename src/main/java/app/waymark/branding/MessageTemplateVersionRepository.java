package app.waymark.branding;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface MessageTemplateVersionRepository extends JpaRepository<MessageTemplateVersion, UUID> {

    Optional<MessageTemplateVersion> findFirstByKindOrderByVersionDesc(MessageKind kind);

    Optional<MessageTemplateVersion> findByKindAndVersion(MessageKind kind, int version);

    List<MessageTemplateVersion> findByKindOrderByVersionDesc(MessageKind kind);
}
