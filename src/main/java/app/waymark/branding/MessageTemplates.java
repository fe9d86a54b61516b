package app.waymark.branding;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.notification.MessageTemplateText;
import app.waymark.notification.SmsLength;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provider's wording of each kind of message. Every save is a new version (who, when); restoring an old version
 * saves it again as the newest. Placeholders a kind does not offer are refused on save, with their position.
 */
@Service
public class MessageTemplates {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;
    static final int MAX_SMS_SEGMENTS = 6;

    private final MessageTemplateVersionRepository versions;
    private final AuditService audit;
    private final Clock clock;

    MessageTemplates(MessageTemplateVersionRepository versions, AuditService audit, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The wording in use: the newest saved version, or Waymark's default. */
    @Transactional(readOnly = true)
    public MessageWording current(MessageKind kind) {
        return versions.findFirstByKindOrderByVersionDesc(kind).map(MessageTemplateVersion::wording)
                .orElseGet(() -> MessageWording.defaultOf(kind));
    }

    @PreAuthorize("hasRole('" + Permission.BRANDING_MANAGE + "')")
    @Transactional(readOnly = true)
    public List<MessageWording> history(MessageKind kind) {
        return versions.findByKindOrderByVersionDesc(kind).stream().map(MessageTemplateVersion::wording).toList();
    }

    /** Refuses what cannot be saved; returns warnings (e.g. an SMS over several parts) that do not block saving. */
    public List<String> check(MessageKind kind, MessageWording.Draft draft) {
        requireText("emailSubject", draft.emailSubject(), "email subject", MAX_SUBJECT);
        requireText("emailBody", draft.emailBody(), "email body", MAX_BODY);
        if (draft.emailSubject().contains("\n") || draft.emailSubject().contains("\r")) {
            throw new InvalidInputException("emailSubject", "The email subject must be on one line.");
        }
        MessageTemplateText.requireKnown("emailSubject", draft.emailSubject(), kind.placeholders());
        MessageTemplateText.requireKnown("emailBody", draft.emailBody(), kind.placeholders());
        if (!kind.sentBySms()) {
            return List.of();
        }
        requireText("smsText", draft.smsText(), "SMS text", MAX_BODY);
        MessageTemplateText.requireKnown("smsText", draft.smsText(), kind.placeholders());
        return smsWarnings(kind, draft.smsText());
    }

    @PreAuthorize("hasRole('" + Permission.BRANDING_MANAGE + "')")
    @Transactional
    public MessageWording save(MessageKind kind, MessageWording.Draft draft) {
        check(kind, draft);
        MessageWording saved = store(kind, draft, null);
        audit.record(AuditEntry.of(AuditActions.MESSAGE_TEMPLATE_SAVED, "MessageTemplate", kind.name())
                .after(Map.of("version", saved.version())));
        return saved;
    }

    @PreAuthorize("hasRole('" + Permission.BRANDING_MANAGE + "')")
    @Transactional
    public MessageWording restore(MessageKind kind, int version) {
        MessageWording old = versions.findByKindAndVersion(kind, version).map(MessageTemplateVersion::wording)
                .orElseThrow(() -> new InvalidInputException("version", "There is no version " + version
                        + " of this message to restore."));
        MessageWording saved = store(kind, old.draft(), version);
        audit.record(AuditEntry.of(AuditActions.MESSAGE_TEMPLATE_RESTORED, "MessageTemplate", kind.name())
                .after(Map.of("version", saved.version(), "restoredFrom", version)));
        return saved;
    }

    /** Renders wording with the provider's branding; unsubscribe footer only where the kind allows it. */
    public RenderedMessage render(MessageKind kind, MessageWording.Draft draft, Branding branding,
                                  Map<String, String> values, String unsubscribeLabel) {
        String subject = MessageTemplateText.render(draft.emailSubject(), values, MessageTemplateText.Escaper.PLAIN_TEXT);
        String body = MessageTemplateText.render(draft.emailBody(), values, MessageTemplateText.Escaper.PLAIN_TEXT);
        String unsubscribe = kind.unsubscribeAllowed() ? values.get("unsubscribe.link") : null;
        String text = unsubscribe == null || body.contains(unsubscribe) ? body
                : body + "\n\n" + unsubscribeLabel + ": " + unsubscribe;
        String html = EmailLayout.html(branding, body, unsubscribe, unsubscribeLabel);
        String sms = kind.sentBySms()
                ? MessageTemplateText.render(draft.smsText(), values, MessageTemplateText.Escaper.PLAIN_TEXT) : "";
        return new RenderedMessage(subject, text, html, sms, SmsLength.measure(sms));
    }

    private MessageWording store(MessageKind kind, MessageWording.Draft given, Integer restoredFrom) {
        MessageWording.Draft draft = kind.sentBySms() ? given
                : new MessageWording.Draft(given.emailSubject(), given.emailBody(), "");
        int next = versions.findFirstByKindOrderByVersionDesc(kind).map(v -> v.wording().version()).orElse(0) + 1;
        MessageTemplateVersion version = new MessageTemplateVersion(TimeOrderedIds.next(), kind, next, draft,
                restoredFrom, clock.instant(), CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME));
        return versions.saveAndFlush(version).wording();
    }

    private static List<String> smsWarnings(MessageKind kind, String smsText) {
        List<String> warnings = new ArrayList<>();
        SmsLength.Measure length = SmsLength.measure(smsText);
        if (length.segments() > MAX_SMS_SEGMENTS) {
            throw new InvalidInputException("smsText", "The SMS would be sent in " + length.segments()
                    + " parts; the most is " + MAX_SMS_SEGMENTS + ". Shorten it.");
        }
        if (length.segments() > 1) {
            warnings.add("Before placeholders are filled in, the SMS already needs " + length.segments()
                    + " parts, and each part is charged.");
        }
        if (length.encoding() == SmsLength.Encoding.UCS_2) {
            warnings.add("These characters make the SMS use the UCS-2 encoding (70 characters a part instead of 160): "
                    + String.join(" ", length.nonGsmCharacters()));
        }
        if (kind.unsubscribeAllowed() && !smsText.contains("{unsubscribe.link}")) {
            warnings.add("The SMS has no {unsubscribe.link}: learners can still opt out from the email or survey.");
        }
        return warnings;
    }

    private static void requireText(String field, String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "The " + what + " is empty.");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "The " + what + " is " + text.length()
                    + " characters long; the most is " + max + ".");
        }
    }
}
