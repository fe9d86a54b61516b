package app.waymark.branding;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "tenant_branding")
class TenantBranding extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "primary_colour")
    private String primaryColour;
    @Column(name = "logo_png")
    private byte[] logoPng;
    @Column(name = "logo_width")
    private Integer logoWidth;
    @Column(name = "logo_height")
    private Integer logoHeight;
    @Column(name = "email_from_name")
    private String emailFromName;
    @Column(name = "email_from_address")
    private String emailFromAddress;
    @Column(name = "email_reply_to")
    private String emailReplyTo;
    @Column(name = "sms_sender_id")
    private String smsSenderId;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private int version;

    protected TenantBranding() {
    }

    TenantBranding(UUID id) {
        this.id = id;
    }

    void change(BrandingChange change, String by, Instant when) {
        displayName = change.displayName();
        primaryColour = change.primaryColour();
        emailFromName = change.emailFromName();
        emailFromAddress = change.emailFromAddress();
        emailReplyTo = change.emailReplyTo();
        smsSenderId = change.smsSenderId();
        touched(by, when);
    }

    void logo(byte[] png, Integer width, Integer height, String by, Instant when) {
        logoPng = png;
        logoWidth = width;
        logoHeight = height;
        touched(by, when);
    }

    private void touched(String by, Instant when) {
        updatedBy = by;
        updatedAt = when;
    }

    Branding toBranding(String organisationName) {
        return new Branding(displayName != null ? displayName : organisationName, displayName != null,
                primaryColour != null ? primaryColour : Branding.DEFAULT_COLOUR, primaryColour != null, logoPng,
                logoWidth == null ? 0 : logoWidth, logoHeight == null ? 0 : logoHeight, emailFromName,
                emailFromAddress, emailReplyTo, smsSenderId, updatedAt, updatedBy);
    }
}
