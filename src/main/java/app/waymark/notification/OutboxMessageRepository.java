package app.waymark.notification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.UUID;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, UUID>, JpaSpecificationExecutor<OutboxMessage> {
}
