package app.waymark.tracker;

import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.learner.LearnerFacts;
import app.waymark.learner.LearnerRecordChanges;
import app.waymark.learner.RecordChange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Changes a learner asks for themselves (the learner portal, the destination survey's contact step): learner-led
 * trackers raised by the learner, with no member of staff involved. The caller has established who the learner is
 * (a signed-in learner session, a survey link) and runs in that learner's provider; nothing here checks a staff
 * permission. A learner has at most one open request of each kind: asking again while it is still New changes it,
 * and once staff have started on it (pre-authorised) a new one waits until it is finished.
 */
@Service
public class LearnerRequests {

    /** What the learner sees of a request: Waiting, Accepted, Not accepted (with the reason), or Withdrawn by staff. */
    public enum Outcome { WAITING, ACCEPTED, NOT_ACCEPTED, WITHDRAWN }

    /** The largest evidence file a request takes. */
    public static final int MAX_EVIDENCE_BYTES = EvidenceFiles.MAX_BYTES;

    public record LearnerRequest(UUID trackerId, long number, TrackerType type, RecordChange change, Outcome outcome,
                                 String reason, String source, Instant requestedAt, Instant decidedAt) {
    }

    private final TrackerRepository trackers;
    private final TrackerService service;
    private final TrackerHistory history;
    private final TrackerTypeSettings settings;
    private final TrackerNumbers numbers;
    private final LearnerRecordChanges learnerChanges;
    private final Clock clock;

    LearnerRequests(TrackerRepository trackers, TrackerService service,
                    TrackerHistory history, TrackerTypeSettings settings, TrackerNumbers numbers,
                    LearnerRecordChanges learnerChanges, Clock clock) {
        this.trackers = trackers;
        this.service = service;
        this.history = history;
        this.settings = settings;
        this.numbers = numbers;
        this.learnerChanges = learnerChanges;
        this.clock = clock;
    }

    /**
     * Raises the learner-led tracker for {@code change} ({@code source} says where the learner asked, e.g. "Learner
     * portal"), or changes the learner's open request of that kind while it is still New. Returns the tracker's id.
     */
    @Transactional
    public UUID request(UUID learnerId, RecordChange change, String source, RaiseRequest.Evidence evidence) {
        Checked checked = checked(learnerId, change);
        TrackerType type = checked.type();
        LearnerFacts learner = checked.learner();
        RecordChange normalised = checked.change();
        TrackerActor actor = new TrackerActor(null, learner.fullName() + " (the learner)", Set.of());
        if (checked.open().isPresent()) {
            return changeOpenRequest(checked.open().get(), normalised, source, evidence, actor);
        }
        Instant now = clock.instant();
        Tracker tracker = new Tracker(TimeOrderedIds.next(), numbers.next(), type, learnerId,
                new Tracker.Raiser(RaisedBy.LEARNER, null, learner.fullName(), source),
                RequestedChanges.write(normalised),
                RequestedChanges.writeValues(learnerChanges.touched(learnerId, normalised)), null, null, null, now,
                TrackerQueries.today(clock).plusDays(settings.of(type).dueDays()));
        if (evidence != null) {
            tracker.attach(EvidenceFiles.checked(evidence));
        }
        // save merges a new tracker (its id is assigned and its version primitive): close the managed copy
        Tracker saved = trackers.save(tracker);
        history.record(saved.id(), now, actor, TrackerEvent.Kind.RAISED, null,
                service.described(saved, normalised));
        service.publish(saved, TrackerEvent.Kind.RAISED, actor);
        if (settings.of(type).appliesAtOnce() && type == TrackerType.CHANGE_OF_CONTACT_DETAILS) {
            service.applyAndClose(saved, normalised, actor);
        }
        return saved.id();
    }

    /**
     * Refuses a file {@link #request} would refuse as evidence (not a PDF, JPEG or PNG by its content, empty, over
     * {@link #MAX_EVIDENCE_BYTES}), with the reason; so a form can say so as soon as the file is chosen. Returns the
     * name the file would be kept under.
     */
    public String checkEvidence(RaiseRequest.Evidence evidence) {
        return EvidenceFiles.checked(evidence).fileName();
    }

    /**
     * Why {@link #request} would not take {@code change} for this learner now, in words for the learner (the kind is
     * switched off, a value is not valid, staff have started on an earlier request of that kind); empty when it would.
     * For callers that must keep their own work whatever becomes of the request: the destination survey records the
     * learner's answers even when the contact details given with them cannot become a request.
     */
    @Transactional(readOnly = true)
    public Optional<String> refusal(UUID learnerId, RecordChange change) {
        try {
            checked(learnerId, change);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The learner's own requests (raised by the learner), newest first. */
    @Transactional(readOnly = true)
    public List<LearnerRequest> of(UUID learnerId) {
        return trackers.findByLearnerIdAndRaisedByOrderByRaisedAtDesc(learnerId, RaisedBy.LEARNER).stream()
                .map(LearnerRequests::asRequest).toList();
    }

    /** A request as {@link #request} would take it: its type, learner, normalised change and open request. */
    private record Checked(TrackerType type, LearnerFacts learner, RecordChange change, Optional<Tracker> open) {
    }

    /** Everything {@link #request} checks before it writes anything; throws what is wrong. */
    private Checked checked(UUID learnerId, RecordChange change) {
        TrackerType type = typeOf(change);
        LearnerFacts learner = learnerChanges.facts(learnerId)
                .orElseThrow(() -> new InvalidInputException("learner", "No such learner"));
        if (!settings.of(type).enabled()) {
            throw new InvalidInputException("type", "Your provider does not take this kind of request online."
                    + " Please contact them directly.");
        }
        RecordChange normalised = learnerChanges.normalised(change);
        Optional<Tracker> open = openRequest(learnerId, type);
        if (open.isPresent() && open.get().status() != TrackerStatus.NEW) {
            throw new InvalidInputException("change", "Your provider is already dealing with your earlier request"
                    + " of this kind. You can ask again once they have finished with it.");
        }
        return new Checked(type, learner, normalised, open);
    }

    private UUID changeOpenRequest(Tracker tracker, RecordChange change, String source,
                                   RaiseRequest.Evidence evidence, TrackerActor actor) {
        Map<String, Object> before = service.described(tracker, RequestedChanges.read(tracker.requestedChange()));
        tracker.edit(RequestedChanges.write(change),
                RequestedChanges.writeValues(learnerChanges.touched(tracker.learnerId(), change)), null, null,
                clock.instant());
        if (evidence != null) {
            tracker.attach(EvidenceFiles.checked(evidence));
        }
        history.record(tracker.id(), clock.instant(), actor, TrackerEvent.Kind.EDITED, before,
                service.described(tracker, change));
        service.publish(tracker, TrackerEvent.Kind.EDITED, actor);
        return tracker.id();
    }

    private Optional<Tracker> openRequest(UUID learnerId, TrackerType type) {
        return trackers.findByLearnerIdAndRaisedByOrderByRaisedAtDesc(learnerId, RaisedBy.LEARNER).stream()
                .filter(tracker -> tracker.type() == type && tracker.status().open()).findFirst();
    }

    private static TrackerType typeOf(RecordChange change) {
        for (TrackerType type : TrackerType.values()) {
            if (type.learnerLed() && change != null && type.accepts(change)) {
                return type;
            }
        }
        throw new InvalidInputException("change", "A learner can ask to change their name, address or contact"
                + " details");
    }

    private static LearnerRequest asRequest(Tracker tracker) {
        Outcome outcome = switch (tracker.status()) {
            case NEW, PRE_AUTHORISED -> Outcome.WAITING;
            case PROCESSED -> Outcome.ACCEPTED;
            case REJECTED -> Outcome.NOT_ACCEPTED;
            case CANCELLED -> Outcome.WITHDRAWN;
        };
        return new LearnerRequest(tracker.id(), tracker.number(), tracker.type(),
                RequestedChanges.read(tracker.requestedChange()), outcome, tracker.rejectionReason(),
                tracker.source(), tracker.raisedAt(), tracker.closedAt());
    }
}
