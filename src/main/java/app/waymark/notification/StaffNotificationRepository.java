package app.waymark.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface StaffNotificationRepository extends JpaRepository<StaffNotification, UUID> {

    long countByRecipientIdAndReadAtIsNull(UUID recipientId);

    List<StaffNotification> findByRecipientIdOrderByCreatedAtDesc(UUID recipientId, Pageable page);

    @Modifying
    @Query("update StaffNotification n set n.readAt = :when where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(UUID recipient, Instant when);
}
