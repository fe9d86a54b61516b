package app.waymark.restart;

import app.waymark.base.EmailAddresses;
import app.waymark.base.PublicLinks;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.notification.StaffEmailPreferences;
import app.waymark.notification.StaffNotifications;
import app.waymark.security.StaffContact;
import app.waymark.security.StaffContacts;
import app.waymark.tracker.TrackerDigestQueue;
import app.waymark.tracker.TrackerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a monitoring tracker's assignee it is theirs: a bell entry and, per their email preference, an email through
 * the outbox in the provider's wording or a line in their daily tracker summary. Runs in the transaction that raised
 * or re-assigned the tracker, so a change that rolls back tells nobody.
 */
@Component
class MonitoringNotices {

    private static final Logger log = LoggerFactory.getLogger(MonitoringNotices.class);

    private final StaffContacts contacts;
    private final StaffNotifications bell;
    private final StaffEmailPreferences preferences;
    private final BrandedMessages messages;
    private final PublicLinks links;
    private final TrackerDigestQueue digests;

    MonitoringNotices(StaffContacts contacts, StaffNotifications bell, StaffEmailPreferences preferences,
                      BrandedMessages messages, PublicLinks links, TrackerDigestQueue digests) {
        this.contacts = contacts;
        this.bell = bell;
        this.preferences = preferences;
        this.messages = messages;
        this.links = links;
        this.digests = digests;
    }

    void assigned(MonitoringTracker tracker, String participantName, String activityTitle, boolean raised) {
        if (tracker.assigneeId() == null) {
            return;
        }
        StaffContact assignee = contacts.enabled(List.of(tracker.assigneeId())).get(tracker.assigneeId());
        if (assignee == null) {
            return;
        }
        String title = (raised ? "New monitoring tracker " : "Monitoring tracker ") + tracker.reference()
                + " for " + participantName;
        String sentence = raised
                ? participantName + " did not complete the mandatory activity \"" + activityTitle
                        + "\": the monitoring tracker is yours to action."
                : "The monitoring tracker for \"" + activityTitle + "\" is now assigned to you.";
        String path = "monitoring/" + tracker.id();
        bell.post(assignee.id(), title, sentence, path);
        switch (preferences.of(assignee.id()).mode()) {
            case EACH_EVENT -> email(assignee, tracker, participantName, sentence, path);
            case DAILY_DIGEST -> digests.hold(assignee.id(), raised ? TrackerEvent.Kind.RAISED
                    : TrackerEvent.Kind.ASSIGNED, tracker.reference() + " Monitoring for " + participantName,
                    sentence, path);
            case NONE -> {
            }
        }
    }

    private void email(StaffContact assignee, MonitoringTracker tracker, String participantName, String sentence,
                       String path) {
        if (!EmailAddresses.isPlausible(assignee.email())) {
            log.warn("Monitoring tracker {} email not sent to staff member {}: their address is not usable",
                    tracker.id(), assignee.id());
            return;
        }
        messages.queueEmail(MessageKind.TRACKER_UPDATE, "monitoring-assigned:" + tracker.id() + ":" + UUID.randomUUID(),
                assignee.email(), Map.of(
                        "staff.name", assignee.displayName(),
                        "tracker.reference", tracker.reference(),
                        "tracker.type", "Monitoring",
                        "learner.name", participantName,
                        "tracker.event", sentence,
                        "tracker.link", links.link(path)));
    }
}
