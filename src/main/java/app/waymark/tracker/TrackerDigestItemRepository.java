package app.waymark.tracker;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface TrackerDigestItemRepository extends JpaRepository<TrackerDigestItem, UUID> {

    @Query("""
            select new app.waymark.tracker.DigestWaiting(i.staffId, min(i.createdAt))
            from TrackerDigestItem i where i.sentAt is null group by i.staffId""")
    List<DigestWaiting> waiting();

    /** One person's waiting items, oldest first, locked until the transaction that sends them ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from TrackerDigestItem i where i.staffId = :staffId and i.sentAt is null"
            + " order by i.createdAt, i.id")
    List<TrackerDigestItem> pendingFor(UUID staffId);
}
