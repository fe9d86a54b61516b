package app.waymark.branding;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One saved version of a provider's wording for one kind of message. Never changed once saved. */
@Entity
@Table(name = "message_template_version")
class MessageTemplateVersion extends TenantScopedEntity {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private MessageKind kind;
    private int version;
    @Column(name = "email_subject")
    private String emailSubject;
    @Column(name = "email_body")
    private String emailBody;
    @Column(name = "sms_text")
    private String smsText;
    @Column(name = "restored_from")
    private Integer restoredFrom;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected MessageTemplateVersion() {
    }

    MessageTemplateVersion(UUID id, MessageKind kind, int version, MessageWording.Draft draft, Integer restoredFrom,
                           Instant createdAt, String createdBy) {
        this.id = id;
        this.kind = kind;
        this.version = version;
        this.emailSubject = draft.emailSubject();
        this.emailBody = draft.emailBody();
        this.smsText = draft.smsText();
        this.restoredFrom = restoredFrom;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    MessageWording wording() {
        return new MessageWording(kind, version, new MessageWording.Draft(emailSubject, emailBody, smsText),
                restoredFrom, createdAt, createdBy);
    }
}
