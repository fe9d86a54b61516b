package app.waymark.branding;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.EmailAddresses;
import app.waymark.base.InvalidInputException;
import app.waymark.base.MobileNumbers;
import app.waymark.base.PublicLinks;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.notification.MessageChannel;
import app.waymark.notification.Outbox;
import app.waymark.notification.OutgoingEmail;
import app.waymark.notification.OutgoingSms;
import app.waymark.notification.QueuedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a kind of message in the provider's current wording and look, through the outbox. Call it inside the
 * transaction of the change that causes the message; {@code purpose} names that cause, so repeating it sends nothing
 * twice.
 */
@Service
public class BrandedMessages {

    static final String UNSUBSCRIBE_LABEL = "Stop these messages";

    private final BrandingService branding;
    private final MessageTemplates templates;
    private final Outbox outbox;
    private final AuditService audit;
    private final PublicLinks links;

    BrandedMessages(BrandingService branding, MessageTemplates templates, Outbox outbox, AuditService audit,
                    PublicLinks links) {
        this.branding = branding;
        this.templates = templates;
        this.outbox = outbox;
        this.audit = audit;
        this.links = links;
    }

    @Transactional
    public QueuedMessage queueEmail(MessageKind kind, String purpose, String to, Map<String, String> values) {
        Branding look = branding.current();
        RenderedMessage message = render(kind, templates.current(kind).draft(), look, values);
        return outbox.queue(email(kind, purpose, to, look, message));
    }

    @Transactional
    public QueuedMessage queueSms(MessageKind kind, String purpose, String toE164, Map<String, String> values) {
        Branding look = branding.current();
        RenderedMessage message = render(kind, templates.current(kind).draft(), look, values);
        return outbox.queue(new OutgoingSms(purpose, kind.name(), toE164, message.sms(), look.smsSenderId()));
    }

    /** One learner of a bulk send: an email and/or a mobile number (null when that channel is not used). */
    public record Recipient(String purpose, String email, String mobileE164, Map<String, String> values) {
    }

    /**
     * Queues one kind of message to many recipients in the provider's current wording and look, in a few statements
     * (the daily survey dispatch). Returns how many messages were new.
     */
    @Transactional
    public int queueAll(MessageKind kind, List<Recipient> recipients) {
        Branding look = branding.current();
        MessageWording.Draft wording = templates.current(kind).draft();
        List<OutgoingEmail> emails = new ArrayList<>();
        List<OutgoingSms> texts = new ArrayList<>();
        for (Recipient recipient : recipients) {
            RenderedMessage message = render(kind, wording, look, recipient.values());
            if (recipient.email() != null) {
                emails.add(email(kind, recipient.purpose(), recipient.email(), look, message));
            }
            if (recipient.mobileE164() != null) {
                texts.add(new OutgoingSms(recipient.purpose(), kind.name(), recipient.mobileE164(), message.sms(),
                        look.smsSenderId()));
            }
        }
        return outbox.queueAll(emails, texts);
    }

    /** The preview an admin sees: the draft rendered with sample values and the current branding. */
    public RenderedMessage preview(MessageKind kind, MessageWording.Draft draft) {
        Branding look = branding.current();
        return render(kind, draft, look, SampleValues.forPreview(look.displayName(), links.baseUrl()));
    }

    /**
     * Sends the draft, with sample values, to the signed-in admin: by email to their own address, or by SMS to the
     * mobile number they give. It goes through the real outbox, so it shows what learners will receive.
     */
    @PreAuthorize("hasRole('" + Permission.BRANDING_MANAGE + "')")
    @Transactional
    public QueuedMessage sendTest(MessageKind kind, MessageWording.Draft draft, MessageChannel channel,
                                  String mobileNumber) {
        templates.check(kind, draft);
        Actor actor = CurrentActor.require();
        Branding look = branding.current();
        RenderedMessage message = render(kind, draft, look,
                SampleValues.forPreview(look.displayName(), links.baseUrl()));
        String purpose = "test:" + UUID.randomUUID();
        QueuedMessage queued = channel == MessageChannel.EMAIL
                ? outbox.queue(email(kind, purpose, actor.email(), look, message))
                : outbox.queue(new OutgoingSms(purpose, kind.name(), ukMobile(mobileNumber), message.sms(),
                look.smsSenderId()));
        audit.record(AuditEntry.of(AuditActions.TEST_MESSAGE_SENT, "MessageTemplate", kind.name())
                .after(Map.of("channel", channel.name(), "to", queued.recipient())));
        return queued;
    }

    private RenderedMessage render(MessageKind kind, MessageWording.Draft draft, Branding look,
                                   Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("provider.name", look.displayName());
        return templates.render(kind, draft, look, all, UNSUBSCRIBE_LABEL);
    }

    private static OutgoingEmail email(MessageKind kind, String purpose, String to, Branding look,
                                       RenderedMessage message) {
        if (!EmailAddresses.isPlausible(to)) {
            throw new InvalidInputException("email", "\"" + to + "\" is not an email address.");
        }
        return new OutgoingEmail(purpose, kind.name(), to, message.subject(), message.text(), message.html(),
                new OutgoingEmail.Sender(look.emailSenderName(), look.emailFromAddress(), look.emailReplyTo()),
                look.logoPng());
    }

    private static String ukMobile(String number) {
        return MobileNumbers.ukMobileE164(number).orElseThrow(() -> new InvalidInputException("mobileNumber",
                "\"" + (number == null ? "" : number) + "\" is not a mobile number. Enter a UK mobile such as"
                        + " 07700 900123."));
    }
}
