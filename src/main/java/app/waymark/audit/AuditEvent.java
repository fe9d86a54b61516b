package app.waymark.audit;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "actor_name")
    private String actorName;

    private String action;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    @Column(name = "details_before", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String detailsBefore;

    @Column(name = "details_after", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String detailsAfter;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, UUID actorId, String actorName, AuditEntry entry, String before, String after) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = entry.action();
        this.subjectType = entry.subjectType();
        this.subjectId = entry.subjectId();
        this.detailsBefore = before;
        this.detailsAfter = after;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorName, action, subjectType, subjectId, detailsBefore, detailsAfter);
    }
}
