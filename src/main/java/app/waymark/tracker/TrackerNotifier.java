package app.waymark.tracker;

import app.waymark.base.EmailAddresses;
import app.waymark.base.PublicLinks;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.learner.LearnerFacts;
import app.waymark.learner.LearnerRecordChanges;
import app.waymark.notification.EmailPreference;
import app.waymark.notification.StaffEmailPreferences;
import app.waymark.notification.StaffNotifications;
import app.waymark.security.StaffContact;
import app.waymark.security.StaffContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tells people what happened to a tracker ({@link TrackerAudience} says who). It listens in the transaction that
 * made the change, so a change that rolls back tells nobody and one that commits has told everyone: a bell entry
 * each, and per their own email preference an email through the outbox (in the provider's wording and branding),
 * an item for their daily summary ({@link TrackerDigests}), or nothing more.
 */
@Component
class TrackerNotifier {

    private static final Logger log = LoggerFactory.getLogger(TrackerNotifier.class);
    private static final List<String> REVIEWER_PERMISSIONS = List.of(Permission.TRACKER_PRE_AUTHORISE,
            Permission.TRACKER_PROCESS);

    private final TrackerRepository trackers;
    private final LearnerRecordChanges learners;
    private final StaffContacts contacts;
    private final StaffNotifications bell;
    private final StaffEmailPreferences preferences;
    private final BrandedMessages messages;
    private final TrackerDigestQueue digests;
    private final PublicLinks links;

    TrackerNotifier(TrackerRepository trackers, LearnerRecordChanges learners, StaffContacts contacts,
                    StaffNotifications bell, StaffEmailPreferences preferences, BrandedMessages messages,
                    TrackerDigestQueue digests, PublicLinks links) {
        this.trackers = trackers;
        this.learners = learners;
        this.contacts = contacts;
        this.bell = bell;
        this.preferences = preferences;
        this.messages = messages;
        this.digests = digests;
        this.links = links;
    }

    @EventListener
    @Transactional
    public void on(TrackerEvent event) {
        Tracker tracker = trackers.findById(event.trackerId()).orElseThrow();
        LearnerFacts learner = learners.facts(tracker.learnerId()).orElseThrow();
        List<UUID> reviewers = TrackerAudience.concernsReviewers(event.kind(), tracker.assigneeId())
                ? contacts.enabledHoldingAny(REVIEWER_PERMISSIONS).stream().map(StaffContact::id).toList()
                : List.of();
        Map<UUID, TrackerAudience.Role> audience = TrackerAudience.of(new TrackerAudience.Facts(event.kind(),
                event.actorId(), tracker.assigneeId(), tracker.raisedById(), learner.primaryTutorId(), reviewers));
        if (audience.isEmpty()) {
            return;
        }
        Set<UUID> named = new HashSet<>(audience.keySet());
        if (tracker.assigneeId() != null) {
            named.add(tracker.assigneeId());
        }
        if (event.actorId() != null) {
            named.add(event.actorId());
        }
        Map<UUID, StaffContact> people = contacts.enabled(named);
        Map<UUID, EmailPreference> emailPreferences = preferences.of(audience.keySet());
        String reference = "T-" + tracker.number();
        String subject = TrackerNotices.subject(reference, tracker.type(), learner.fullName());
        String title = TrackerNotices.title(event.kind(), reference, tracker.type(), learner.fullName());
        String actor = actorName(event, tracker, people, learner);
        String assignee = tracker.assigneeId() == null ? null
                : name(people.get(tracker.assigneeId()), "someone no longer with your organisation");
        String purpose = "tracker-" + event.kind().name().toLowerCase(Locale.ROOT) + ":" + tracker.id()
                + ":" + TimeOrderedIds.next();
        audience.forEach((recipientId, role) -> {
            StaffContact recipient = people.get(recipientId);
            if (recipient == null) {
                return;
            }
            String sentence = TrackerNotices.sentence(event.kind(), role, actor, assignee,
                    tracker.rejectionReason());
            bell.post(recipientId, title, sentence, "trackers/" + tracker.id());
            if (!TrackerAudience.emailed(event.kind())) {
                return;
            }
            switch (emailPreferences.get(recipientId).mode()) {
                case EACH_EVENT -> email(recipient, purpose, tracker, reference, learner, sentence);
                case DAILY_DIGEST -> digests.hold(recipientId, tracker, event.kind(), subject, sentence);
                case NONE -> {
                }
            }
        });
    }

    private void email(StaffContact recipient, String purpose, Tracker tracker, String reference,
                       LearnerFacts learner, String sentence) {
        if (!EmailAddresses.isPlausible(recipient.email())) {
            log.warn("Tracker {} email not sent to staff member {}: their address is not usable", tracker.id(),
                    recipient.id());
            return;
        }
        messages.queueEmail(MessageKind.TRACKER_UPDATE, purpose, recipient.email(), Map.of(
                "staff.name", recipient.displayName(),
                "tracker.reference", reference,
                "tracker.type", TrackerNotices.typeName(tracker.type()),
                "learner.name", learner.fullName(),
                "tracker.event", sentence,
                "tracker.link", links.link("trackers/" + tracker.id())));
    }

    /** The member of staff who did it; for a tracker the learner raised, the learner; otherwise Waymark. */
    private static String actorName(TrackerEvent event, Tracker tracker, Map<UUID, StaffContact> people,
                                    LearnerFacts learner) {
        if (event.actorId() != null) {
            StaffContact actor = people.get(event.actorId());
            return actor != null ? actor.displayName() : CurrentActor.displayNameOr("A member of staff");
        }
        if (event.kind() == TrackerEvent.Kind.RAISED && tracker.raisedBy() == RaisedBy.LEARNER) {
            return learner.fullName() + " (the learner)";
        }
        return "Waymark";
    }

    private static String name(StaffContact contact, String otherwise) {
        return contact == null ? otherwise : contact.displayName();
    }
}
