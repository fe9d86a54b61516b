package app.waymark.tracker;

import app.waymark.base.EmailAddresses;
import app.waymark.base.PublicLinks;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.learner.LearnerContactPoints;
import app.waymark.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a learner what became of a request they made themselves: when staff process or reject it, one message in
 * the provider's wording, by email when the provider holds a usable address, otherwise by SMS to their UK mobile.
 * It listens in the transaction that closed the tracker, so the message is queued only if the outcome commits.
 */
@Component
class LearnerRequestOutcomes {

    private static final Logger log = LoggerFactory.getLogger(LearnerRequestOutcomes.class);

    private final TrackerRepository trackers;
    private final LearnerContactPoints contactPoints;
    private final BrandedMessages messages;
    private final TenantService tenants;
    private final PublicLinks links;

    LearnerRequestOutcomes(TrackerRepository trackers, LearnerContactPoints contactPoints, BrandedMessages messages,
                           TenantService tenants, PublicLinks links) {
        this.trackers = trackers;
        this.contactPoints = contactPoints;
        this.messages = messages;
        this.tenants = tenants;
        this.links = links;
    }

    @EventListener
    @Transactional
    public void on(TrackerEvent event) {
        MessageKind kind = switch (event.kind()) {
            case PROCESSED -> MessageKind.LEARNER_REQUEST_ACCEPTED;
            case REJECTED -> MessageKind.LEARNER_REQUEST_NOT_ACCEPTED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Tracker tracker = trackers.findById(event.trackerId()).orElseThrow();
        if (tracker.raisedBy() != RaisedBy.LEARNER) {
            return;
        }
        var learner = contactPoints.of(tracker.learnerId()).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("learner.firstName", learner.givenNames() == null ? "" : learner.givenNames());
        values.put("request.kind", TrackerNotices.typeName(tracker.type()).toLowerCase(Locale.UK));
        values.put("request.reason", tracker.rejectionReason() == null ? "" : tracker.rejectionReason());
        values.put("portal.link", links.link("me/" + tenants.currentTenantSlug().orElseThrow()));
        String purpose = "learner-request-" + event.kind().name().toLowerCase(Locale.ROOT) + ":" + tracker.id();
        if (EmailAddresses.isPlausible(learner.email())) {
            messages.queueEmail(kind, purpose, learner.email(), values);
        } else if (learner.mobileE164() != null) {
            messages.queueSms(kind, purpose, learner.mobileE164(), values);
        } else {
            log.warn("Learner {} not told of the outcome of tracker {}: no usable email or mobile",
                    tracker.learnerId(), tracker.id());
        }
    }
}
