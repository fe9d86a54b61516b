package app.waymark.tracker;

import app.waymark.base.EmailAddresses;
import app.waymark.base.PublicLinks;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.notification.EmailMode;
import app.waymark.notification.EmailPreference;
import app.waymark.notification.QueuedMessage;
import app.waymark.notification.StaffEmailPreferences;
import app.waymark.security.StaffContact;
import app.waymark.security.StaffContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The daily tracker summaries of one provider (call in its tenant context): everyone whose digest time has passed
 * since their oldest waiting item gets one email listing every waiting item. Each person is one transaction: the
 * summary goes into the outbox and its items are marked sent together, so a crash neither loses nor repeats an item.
 * Items of someone who has since chosen one email for each event go at the next run; those of someone who wants no
 * emails, or whose account is disabled, are closed without a message.
 */
@Component
class TrackerDigests {

    private static final Logger log = LoggerFactory.getLogger(TrackerDigests.class);

    private final TrackerDigestItemRepository items;
    private final StaffEmailPreferences preferences;
    private final StaffContacts contacts;
    private final BrandedMessages messages;
    private final PublicLinks links;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrackerDigests(TrackerDigestItemRepository items, StaffEmailPreferences preferences, StaffContacts contacts,
                   BrandedMessages messages, PublicLinks links, PlatformTransactionManager transactionManager,
                   Clock clock) {
        this.items = items;
        this.preferences = preferences;
        this.contacts = contacts;
        this.messages = messages;
        this.links = links;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Sends the summaries that are due; returns how many were queued. Throws, after trying everyone, on failures. */
    int sendDue() {
        Instant now = clock.instant();
        List<DigestWaiting> waiting = transactions.execute(status -> items.waiting());
        Map<UUID, EmailPreference> chosen = transactions.execute(status -> preferences.of(
                waiting.stream().map(DigestWaiting::staffId).collect(Collectors.toSet())));
        int queued = 0;
        List<UUID> failed = new ArrayList<>();
        for (DigestWaiting person : waiting) {
            EmailPreference preference = chosen.get(person.staffId());
            if (!due(preference, person.oldest(), now)) {
                continue;
            }
            try {
                queued += transactions.execute(status -> send(person.staffId(), preference, now));
            } catch (RuntimeException e) {
                log.error("The tracker summary of staff member {} could not be queued", person.staffId(), e);
                failed.add(person.staffId());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Tracker summaries failed for " + failed.size() + " of "
                    + waiting.size() + " staff members waiting for one");
        }
        return queued;
    }

    /** A daily digest is due once its time has passed since the oldest waiting item; anything else is due now. */
    static boolean due(EmailPreference preference, Instant oldest, Instant now) {
        return preference.latestDigestAt(now).map(digestAt -> !oldest.isAfter(digestAt)).orElse(true);
    }

    /** The list the items' pages belong to ("monitoring" when all are monitoring trackers), else the trackers. */
    static String listPath(List<TrackerDigestItem> items) {
        Set<String> lists = items.stream().map(item -> item.linkPath().split("/", 2)[0])
                .collect(Collectors.toSet());
        return lists.size() == 1 ? lists.iterator().next() : "trackers";
    }

    private int send(UUID staffId, EmailPreference preference, Instant now) {
        List<TrackerDigestItem> pending = items.pendingFor(staffId);
        if (pending.isEmpty()) {
            return 0;
        }
        StaffContact recipient = contacts.enabled(List.of(staffId)).get(staffId);
        if (preference.mode() == EmailMode.NONE || recipient == null
                || !EmailAddresses.isPlausible(recipient.email())) {
            pending.forEach(item -> item.close(now, null));
            return 0;
        }
        String lines = pending.stream()
                .map(item -> "- " + item.line() + " " + links.link(item.linkPath()))
                .collect(Collectors.joining("\n"));
        QueuedMessage message = messages.queueEmail(MessageKind.TRACKER_DIGEST,
                "tracker-digest:" + pending.getLast().id(), recipient.email(), Map.of(
                        "staff.name", recipient.displayName(),
                        "digest.count", pending.size() == 1 ? "1 update" : pending.size() + " updates",
                        "digest.items", lines,
                        "trackers.link", links.link(listPath(pending))));
        pending.forEach(item -> item.close(now, message.id()));
        return 1;
    }
}
