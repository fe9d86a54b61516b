package app.waymark.restart;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** DMA paperwork or evidence attached to a monitoring tracker, stored under a generated id (decision 0037). */
@Entity
@Table(name = "restart_file")
class RestartFile extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "tracker_id")
    private UUID trackerId;
    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Column(name = "uploaded_by_id")
    private UUID uploadedById;
    @Column(name = "uploaded_by_name")
    private String uploadedByName;

    protected RestartFile() {
    }

    RestartFile(UUID id, UUID trackerId, AttachmentKind kind, CheckedUpload upload, Instant uploadedAt,
                UUID uploadedById, String uploadedByName) {
        this.id = id;
        this.trackerId = trackerId;
        this.kind = kind;
        this.fileName = upload.fileName();
        this.contentType = upload.contentType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content();
        this.uploadedAt = uploadedAt;
        this.uploadedById = uploadedById;
        this.uploadedByName = uploadedByName;
    }

    UUID trackerId() {
        return trackerId;
    }

    AttachmentKind kind() {
        return kind;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }
}
