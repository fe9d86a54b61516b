package app.waymark.branding;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.EmailAddresses;
import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.notification.EmailSender;
import app.waymark.notification.OutgoingEmail;
import app.waymark.notification.SendingDomains;
import app.waymark.tenant.TenantService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The current provider's branding: read by every page and message, changed by provider admins. Each change is
 * checked (contrast, sender rules, logo content) before anything is saved, and audited with before and after.
 */
@Service
public class BrandingService {


    private final TenantBrandingRepository brandings;
    private final TenantService tenants;
    private final AuditService audit;
    private final SendingDomains sendingDomains;
    private final Clock clock;

    BrandingService(TenantBrandingRepository brandings, TenantService tenants, AuditService audit,
                    SendingDomains sendingDomains, Clock clock) {
        this.brandings = brandings;
        this.tenants = tenants;
        this.audit = audit;
        this.sendingDomains = sendingDomains;
        this.clock = clock;
    }

    /** The branding of the current tenant, with Waymark's defaults where the provider has set nothing. */
    @Transactional(readOnly = true)
    public Branding current() {
        String organisation = tenants.currentTenantName().orElse("Waymark");
        return brandings.findFirstBy().map(branding -> branding.toBranding(organisation))
                .orElseGet(() -> Branding.defaults(organisation));
    }

    /**
     * Who the current provider's emails are sent from now, and why: its own address only on a domain the platform
     * operator approved for it (decided again when each message is delivered).
     */
    @Transactional(readOnly = true)
    public EmailSender emailSender() {
        Branding look = current();
        return sendingDomains.senderFor(new OutgoingEmail.Sender(look.emailSenderName(),
                look.emailFromAddress(), look.emailReplyTo()));
    }

    /** Checks a change without saving it; returns warnings (e.g. a generic SMS sender ID) that do not block it. */
    public List<String> check(BrandingChange change) {
        return validated(change).warnings();
    }

    @PreAuthorize("hasRole('" + Permission.BRANDING_MANAGE + "')")
    @Transactional
    public List<String> save(BrandingChange change) {
        Validated validated = validated(change);
        TenantBranding branding = brandings.findFirstBy().orElseGet(() -> new TenantBranding(TimeOrderedIds.next()));
        Map<String, Object> before = details(current());
        branding.change(validated.change(), actorName(), clock.instant());
        brandings.saveAndFlush(branding);
        audit.record(AuditEntry.of(AuditActions.BRANDING_CHANGED, "Branding", "settings").before(before)
                .after(details(current())));
        return validated.warnings();
    }

    @PreAuthorize("hasRole('" + Permission.BRANDING_MANAGE + "')")
    @Transactional
    public Branding uploadLogo(byte[] upload, String fileName) {
        LogoImages.ProcessedLogo logo = LogoImages.process(upload, fileName);
        TenantBranding branding = brandings.findFirstBy().orElseGet(() -> new TenantBranding(TimeOrderedIds.next()));
        boolean hadLogo = current().hasLogo();
        branding.logo(logo.png(), logo.width(), logo.height(), actorName(), clock.instant());
        brandings.saveAndFlush(branding);
        audit.record(AuditEntry.of(AuditActions.BRANDING_CHANGED, "Branding", "logo")
                .before(Map.of("logo", hadLogo ? "a logo" : "none"))
                .after(Map.of("logo", "%s (%d × %d px)".formatted(fileName, logo.width(), logo.height()))));
        return current();
    }

    @PreAuthorize("hasRole('" + Permission.BRANDING_MANAGE + "')")
    @Transactional
    public void removeLogo() {
        brandings.findFirstBy().filter(branding -> current().hasLogo()).ifPresent(branding -> {
            branding.logo(null, null, null, actorName(), clock.instant());
            audit.record(AuditEntry.of(AuditActions.BRANDING_CHANGED, "Branding", "logo")
                    .before(Map.of("logo", "a logo")).after(Map.of("logo", "none")));
        });
    }

    private Validated validated(BrandingChange change) {
        List<String> warnings = new ArrayList<>();
        String displayName = trimmed(change.displayName());
        if (displayName != null && displayName.length() > 120) {
            throw new InvalidInputException("displayName", "The display name is " + displayName.length()
                    + " characters long; the most is 120.");
        }
        String colour = trimmed(change.primaryColour());
        if (colour != null) {
            ColourContrast.ContrastCheck contrast = ColourContrast.check(colour);
            colour = ColourContrast.Rgb.parse(colour).hex().toLowerCase(Locale.ROOT);
            if (!contrast.passes()) {
                throw new InvalidInputException("primaryColour", "White text on " + colour + " has a contrast of "
                        + ColourContrast.format(contrast.againstWhite()) + "; at least 4.5:1 is needed so everyone"
                        + " can read buttons and headings. Choose a darker colour.");
            }
        }
        String fromName = trimmed(change.emailFromName());
        if (fromName != null && (fromName.length() > 120 || fromName.matches(".*[\\r\\n<>\"].*"))) {
            throw new InvalidInputException("emailFromName", "The sender name must be at most 120 characters, on"
                    + " one line, without < > or \".");
        }
        String fromAddress = email("emailFromAddress", change.emailFromAddress(), "sender address");
        String replyTo = email("emailReplyTo", change.emailReplyTo(), "reply-to address");
        String senderId = trimmed(change.smsSenderId());
        if (senderId != null) {
            SmsSenderIds.SenderIdCheck check = SmsSenderIds.check(senderId);
            senderId = check.normalised();
            warnings.addAll(check.warnings());
        }
        return new Validated(new BrandingChange(displayName, colour, fromName, fromAddress, replyTo, senderId),
                warnings);
    }

    private static String email(String field, String value, String what) {
        String email = trimmed(value);
        if (email != null && !EmailAddresses.isPlausible(email)) {
            throw new InvalidInputException(field, "The " + what + " \"" + email + "\" is not an email address.");
        }
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Object> details(Branding branding) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("displayName", branding.ownDisplayName() ? branding.displayName() : "(default)");
        details.put("colour", branding.ownColour() ? branding.primaryColour() : "(default)");
        details.put("emailFrom", Objects.requireNonNullElse(branding.emailFromAddress(), "(default)"));
        details.put("emailFromName", Objects.requireNonNullElse(branding.emailFromName(), "(default)"));
        details.put("replyTo", Objects.requireNonNullElse(branding.emailReplyTo(), "(none)"));
        details.put("smsSender", Objects.requireNonNullElse(branding.smsSenderId(), "(default)"));
        return details;
    }

    private static String actorName() {
        return CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME);
    }

    private record Validated(BrandingChange change, List<String> warnings) {
    }
}
