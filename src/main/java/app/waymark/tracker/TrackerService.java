package app.waymark.tracker;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Permission;
import app.waymark.learner.ChangePlan;
import app.waymark.learner.ChangePreview;
import app.waymark.learner.FieldChange;
import app.waymark.learner.LearnerFacts;
import app.waymark.learner.LearnerRecordChanges;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.learner.RecordChange;
import app.waymark.security.StaffMembers;
import app.waymark.tenant.CurrentTenant;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Trackers of the signed-in provider: raising, listing, the tracker page, and the workflow's actions. Every action
 * checks {@link TrackerWorkflow} for the current user, the tracker's version (optimistic), records history and
 * publishes a {@link TrackerEvent} in the same transaction. Processing applies the change through
 * {@link LearnerRecordChanges} in that transaction too, so the learner and the tracker change together or not at all.
 */
@Service
public class TrackerService {

    static final String VIEW = "hasRole('" + Permission.LEARNER_VIEW + "')";

    private final TrackerRepository trackers;
    private final TrackerHistory history;
    private final TrackerTypeSettings settings;
    private final CustomTrackerTypes customTypes;
    private final TrackerNumbers numbers;
    private final CustomPlans plans;
    private final TrackerQueries queries;
    private final LearnerRecordChanges learnerChanges;
    private final LearnerService learners;
    private final StaffMembers staff;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    TrackerService(TrackerRepository trackers, TrackerHistory history, TrackerTypeSettings settings,
                   CustomTrackerTypes customTypes, TrackerNumbers numbers, CustomPlans plans, TrackerQueries queries,
                   LearnerRecordChanges learnerChanges, LearnerService learners, StaffMembers staff,
                   ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.trackers = trackers;
        this.history = history;
        this.settings = settings;
        this.customTypes = customTypes;
        this.numbers = numbers;
        this.plans = plans;
        this.queries = queries;
        this.learnerChanges = learnerChanges;
        this.learners = learners;
        this.staff = staff;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Permission.TRACKER_CREATE + "')")
    @Transactional
    public UUID raise(RaiseRequest request) {
        TrackerActor actor = TrackerActor.current();
        TrackerType type = Objects.requireNonNull(request.type(), "type");
        if (type == TrackerType.CUSTOM) {
            throw new InvalidInputException("type", "Raise a tracker of your organisation's own type with its fields");
        }
        TrackerTypeSetting setting = settings.of(type);
        if (!setting.enabled()) {
            throw new InvalidInputException("type", "Trackers of this type are switched off for your organisation");
        }
        if (request.change() == null || !type.accepts(request.change())) {
            throw new InvalidInputException("change", "Say what should change");
        }
        learnerChanges.facts(request.learnerId())
                .orElseThrow(() -> new InvalidInputException("learner", "Choose a learner"));
        RecordChange change = learnerChanges.normalised(request.change());
        String source = blankToNull(request.source());
        if (type.learnerLed() && source == null) {
            throw new InvalidInputException("source",
                    "Say how the learner asked for this change, e.g. email from learner");
        }
        checkAssignee(request.assigneeId());
        Tracker.Raiser raiser = new Tracker.Raiser(type.learnerLed() ? RaisedBy.STAFF_FOR_LEARNER : RaisedBy.STAFF,
                actor.staffId(), actor.name(), type.learnerLed() ? source : null);
        Instant now = clock.instant();
        Tracker tracker = new Tracker(TimeOrderedIds.next(), numbers.next(), type, request.learnerId(), raiser,
                RequestedChanges.write(change),
                RequestedChanges.writeValues(learnerChanges.touched(request.learnerId(), change)),
                request.effectiveDate(), blankToNull(request.notes()), request.assigneeId(), now,
                TrackerQueries.today(clock).plusDays(setting.dueDays()));
        if (request.evidence() != null) {
            tracker.attach(EvidenceFiles.checked(request.evidence()));
        }
        // persist, not save: save would merge a tracker whose id is set into a managed copy (after looking for it),
        // and a contact-details change that applies at once would then close the copy's original, unsaved
        entityManager.persist(tracker);
        history.record(tracker.id(), now, actor, TrackerEvent.Kind.RAISED, null, described(tracker, change));
        publish(tracker, TrackerEvent.Kind.RAISED, actor);
        if (setting.appliesAtOnce() && type == TrackerType.CHANGE_OF_CONTACT_DETAILS) {
            applyAndClose(tracker, change, actor, current -> {
            });
        }
        return tracker.id();
    }

    /** Raises a tracker of one of the provider's own types; it changes nothing in the learner's record. */
    @PreAuthorize("hasRole('" + Permission.TRACKER_CREATE + "')")
    @Transactional
    public UUID raiseCustom(CustomRaiseRequest request) {
        TrackerActor actor = TrackerActor.current();
        CustomTrackerType type = customTypes.find(request.customTypeId())
                .orElseThrow(() -> new InvalidInputException("type", "Choose a tracker type"));
        if (!type.enabled()) {
            throw new InvalidInputException("type", "Trackers of this type are switched off for your organisation");
        }
        learnerChanges.facts(request.learnerId())
                .orElseThrow(() -> new InvalidInputException("learner", "Choose a learner"));
        Map<String, String> values = CustomValues.checked(type, request.values());
        checkAssignee(request.assigneeId());
        Instant now = clock.instant();
        Tracker tracker = Tracker.custom(TimeOrderedIds.next(), numbers.next(), type.id(), CustomValues.write(values),
                request.learnerId(), new Tracker.Raiser(RaisedBy.STAFF, actor.staffId(), actor.name(), null),
                blankToNull(request.notes()), request.assigneeId(), now,
                TrackerQueries.today(clock).plusDays(type.dueDays()));
        entityManager.persist(tracker);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", type.name());
        after.putAll(values);
        after.put("assignee", nameOf(request.assigneeId()));
        history.record(tracker.id(), now, actor, TrackerEvent.Kind.RAISED, null, after);
        publish(tracker, TrackerEvent.Kind.RAISED, actor);
        return tracker.id();
    }

    /** One page of the list, newest raised first. It does not count: the list asks {@link #countUpTo} once. */
    @PreAuthorize(VIEW)
    @Transactional(readOnly = true)
    public List<TrackerSummary> find(TrackerFilter filter, int page, int pageSize) {
        plans.customForThisTransaction();
        LocalDate today = TrackerQueries.today(clock);
        return summaries(queries.page(filter, me(), today, page * pageSize, pageSize), today);
    }

    /**
     * The next {@code pageSize} trackers after {@code last} (from the first when null), in the list's order: for
     * reading the whole filtered set (the export) page by page without offsets, so a tracker raised meanwhile
     * neither repeats nor hides one.
     */
    @PreAuthorize(VIEW)
    @Transactional(readOnly = true)
    public List<TrackerSummary> findAfter(TrackerFilter filter, TrackerSummary last, int pageSize) {
        plans.customForThisTransaction();
        LocalDate today = TrackerQueries.today(clock);
        return summaries(queries.after(filter, me(), today, last == null ? null : last.raisedAt(),
                last == null ? null : last.id(), pageSize), today);
    }

    /** How many trackers match, exactly (the home cards and a learner's tab; the list uses {@link #countUpTo}). */
    @PreAuthorize(VIEW)
    @Transactional(readOnly = true)
    public long count(TrackerFilter filter) {
        plans.customForThisTransaction();
        return queries.count(filter, me(), TrackerQueries.today(clock));
    }

    /**
     * How many trackers match, counted no further than {@code limit} (decision 0032): a provider's whole list can
     * hold hundreds of thousands, and an exact count reads every one of them.
     */
    @PreAuthorize(VIEW)
    @Transactional(readOnly = true)
    public TrackerCount countUpTo(TrackerFilter filter, int limit) {
        plans.customForThisTransaction();
        return queries.countUpTo(filter, me(), TrackerQueries.today(clock), limit);
    }

    @PreAuthorize(VIEW)
    @Transactional(readOnly = true)
    public Optional<TrackerDetails> details(UUID trackerId) {
        return trackers.findById(trackerId).map(this::details);
    }

    @PreAuthorize(VIEW)
    @Transactional(readOnly = true)
    public Optional<RaiseRequest.Evidence> evidence(UUID trackerId) {
        return trackers.findById(trackerId).map(Tracker::evidence)
                .map(file -> new RaiseRequest.Evidence(file.fileName(), file.contentType(), file.content()));
    }

    /** Allocates open trackers to one member of staff (null: to nobody); each must allow the current user to. */
    @PreAuthorize(VIEW)
    @Transactional
    public int assign(Collection<UUID> trackerIds, UUID assigneeId) {
        checkAssignee(assigneeId);
        TrackerActor actor = TrackerActor.current();
        int assigned = 0;
        for (Tracker tracker : trackers.findAllById(trackerIds)) {
            refuseUnlessAllowed(TrackerAction.ASSIGN, tracker, actor, true);
            if (Objects.equals(tracker.assigneeId(), assigneeId)) {
                continue;
            }
            Map<String, Object> before = Map.of("assignee", nameOf(tracker.assigneeId()));
            tracker.assign(assigneeId, clock.instant());
            history.record(tracker.id(), clock.instant(), actor, TrackerEvent.Kind.ASSIGNED, before,
                    Map.of("assignee", nameOf(assigneeId)));
            publish(tracker, TrackerEvent.Kind.ASSIGNED, actor);
            assigned++;
        }
        return assigned;
    }

    /** Changes the request; a pre-authorised tracker goes back to New, since what was authorised has changed. */
    @PreAuthorize(VIEW)
    @Transactional
    public void edit(UUID trackerId, long version, RecordChange requested, LocalDate effectiveDate, String notes) {
        TrackerActor actor = TrackerActor.current();
        Tracker tracker = load(trackerId, version);
        refuseUnlessAllowed(TrackerAction.EDIT, tracker, actor, true);
        if (tracker.type() == TrackerType.CUSTOM) {
            throw new TrackerRefusedException(TrackerAction.EDIT, Sentence.of("tracker.refused.edit-custom"));
        }
        if (requested == null || !tracker.type().accepts(requested)) {
            throw new InvalidInputException("change", "Say what should change");
        }
        RecordChange change = learnerChanges.normalised(requested);
        Map<String, Object> before = described(tracker, RequestedChanges.read(tracker.requestedChange()));
        before.put("status", tracker.status().name());
        tracker.edit(RequestedChanges.write(change),
                RequestedChanges.writeValues(learnerChanges.touched(tracker.learnerId(), change)), effectiveDate,
                blankToNull(notes), clock.instant());
        Map<String, Object> after = described(tracker, change);
        after.put("status", tracker.status().name());
        history.record(tracker.id(), clock.instant(), actor, TrackerEvent.Kind.EDITED, before, after);
        publish(tracker, TrackerEvent.Kind.EDITED, actor);
    }

    /**
     * Changes a custom tracker's field values (checked against its type as it is now) and notes, while it is open,
     * for those the workflow lets edit it; the history keeps the values before and after. A pre-authorised tracker
     * goes back to New, since what was authorised has changed.
     */
    @PreAuthorize(VIEW)
    @Transactional
    public void editCustom(UUID trackerId, long version, Map<String, String> values, String notes) {
        TrackerActor actor = TrackerActor.current();
        Tracker tracker = load(trackerId, version);
        refuseUnlessAllowed(TrackerAction.EDIT, tracker, actor, true);
        if (tracker.type() != TrackerType.CUSTOM) {
            throw new InvalidInputException("type", "Only a tracker of your organisation's own type has fields");
        }
        CustomTrackerType type = customTypes.find(tracker.customTypeId()).orElseThrow();
        Map<String, String> checked = CustomValues.checked(type, values);
        Map<String, Object> before = customDescribed(CustomValues.read(tracker.customValues()), tracker);
        tracker.editCustom(CustomValues.write(checked), blankToNull(notes), clock.instant());
        Map<String, Object> after = customDescribed(checked, tracker);
        history.record(tracker.id(), clock.instant(), actor, TrackerEvent.Kind.EDITED, before, after);
        publish(tracker, TrackerEvent.Kind.EDITED, actor);
    }

    /** The custom tracker's type, for the form that edits its values. */
    @PreAuthorize(VIEW)
    @Transactional(readOnly = true)
    public Optional<CustomTrackerType> customTypeOf(UUID trackerId) {
        return trackers.findById(trackerId).map(Tracker::customTypeId).flatMap(customTypes::find);
    }

    /** For the history: the values by label (an emptied one as none), the notes and the status. */
    private static Map<String, Object> customDescribed(Map<String, String> values, Tracker tracker) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("change", new LinkedHashMap<>(values));
        described.put("notes", tracker.notes());
        described.put("status", tracker.status().name());
        return described;
    }

    @PreAuthorize("hasRole('" + Permission.TRACKER_PRE_AUTHORISE + "')")
    @Transactional
    public void preAuthorise(UUID trackerId, long version) {
        TrackerActor actor = TrackerActor.current();
        Tracker tracker = load(trackerId, version);
        refuseUnlessAllowed(TrackerAction.PRE_AUTHORISE, tracker, actor, true);
        tracker.preAuthorise(clock.instant());
        history.record(tracker.id(), clock.instant(), actor, TrackerEvent.Kind.PRE_AUTHORISED,
                Map.of("status", TrackerStatus.NEW.name()), Map.of("status", tracker.status().name()));
        publish(tracker, TrackerEvent.Kind.PRE_AUTHORISED, actor);
    }

    /**
     * Applies the change and closes the tracker as Processed. When the learner's values the change touches differ
     * from those it was raised against, someone else changed them meanwhile: processing goes ahead only when the
     * caller passes the current values it showed ({@code acknowledgedValues}), so nothing is overwritten unseen.
     */
    @PreAuthorize("hasRole('" + Permission.TRACKER_PROCESS + "')")
    @Transactional
    public void process(UUID trackerId, long version, Map<String, String> acknowledgedValues) {
        TrackerActor actor = TrackerActor.current();
        Tracker tracker = load(trackerId, version);
        refuseUnlessAllowed(TrackerAction.PROCESS, tracker, actor, true);
        if (tracker.type() == TrackerType.CUSTOM) {
            close(tracker, TrackerStatus.PROCESSED, null, actor, TrackerEvent.Kind.PROCESSED);
            return;
        }
        Map<String, String> raisedAgainst = RequestedChanges.readValues(tracker.raisedAgainst());
        applyAndClose(tracker, RequestedChanges.read(tracker.requestedChange()), actor, now -> {
            if (!now.equals(raisedAgainst) && !now.equals(acknowledgedValues)) {
                throw new TrackerConflictException("The learner's record has changed since this tracker was raised."
                        + " Compare the values side by side, then process again if the change is still right.");
            }
        });
    }

    @PreAuthorize(VIEW)
    @Transactional
    public void reject(UUID trackerId, long version, String reason) {
        TrackerActor actor = TrackerActor.current();
        Tracker tracker = load(trackerId, version);
        refuseUnlessAllowed(TrackerAction.REJECT, tracker, actor, true);
        rejectionUsed(tracker).ifPresent(refusal -> {
            throw new TrackerRefusedException(TrackerAction.REJECT, refusal);
        });
        String why = blankToNull(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "Give the reason for rejecting the change");
        }
        close(tracker, TrackerStatus.REJECTED, why, actor, TrackerEvent.Kind.REJECTED);
    }

    @PreAuthorize(VIEW)
    @Transactional
    public void cancel(UUID trackerId, long version) {
        TrackerActor actor = TrackerActor.current();
        Tracker tracker = load(trackerId, version);
        refuseUnlessAllowed(TrackerAction.CANCEL, tracker, actor, true);
        close(tracker, TrackerStatus.CANCELLED, null, actor, TrackerEvent.Kind.CANCELLED);
    }

    void applyAndClose(Tracker tracker, RecordChange change, TrackerActor actor) {
        applyAndClose(tracker, change, actor, current -> {
        });
    }

    /** {@code check} sees the learner's current values of the fields the change sets, and throws to refuse. */
    private void applyAndClose(Tracker tracker, RecordChange change, TrackerActor actor,
                               Consumer<Map<String, String>> check) {
        ChangePlan applied = learnerChanges.apply(tracker.learnerId(), change, "Tracker T-" + tracker.number(),
                check);
        if (!applied.applicable()) {
            throw new TrackerRefusedException(TrackerAction.PROCESS, applied.blockers().getFirst());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("status", tracker.status().name());
        tracker.close(TrackerStatus.PROCESSED, null, actor.name(), clock.instant());
        after.put("status", tracker.status().name());
        for (FieldChange field : applied.fields()) {
            String key = field.record().equals("Learner") ? field.field() : field.record() + " " + field.field();
            before.put(key, field.before());
            after.put(key, field.after());
        }
        history.record(tracker.id(), clock.instant(), actor, TrackerEvent.Kind.PROCESSED, before, after);
        publish(tracker, TrackerEvent.Kind.PROCESSED, actor);
    }

    private void close(Tracker tracker, TrackerStatus outcome, String reason, TrackerActor actor,
                       TrackerEvent.Kind kind) {
        Map<String, Object> before = Map.of("status", tracker.status().name());
        tracker.close(outcome, reason, actor.name(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", outcome.name());
        if (reason != null) {
            after.put("reason", reason);
        }
        history.record(tracker.id(), clock.instant(), actor, kind, before, after);
        publish(tracker, kind, actor);
    }

    private TrackerDetails details(Tracker tracker) {
        TrackerActor actor = TrackerActor.current();
        LocalDate today = TrackerQueries.today(clock);
        boolean custom = tracker.type() == TrackerType.CUSTOM;
        RecordChange change = custom ? null : RequestedChanges.read(tracker.requestedChange());
        ChangePlan preview = null;
        List<ValueSinceRaised> changed = List.of();
        Map<String, String> current = Map.of();
        if (tracker.status().open() && custom) {
            preview = new ChangePlan(List.of(Sentence.of("tracker.custom.no-effect")), List.of(), List.of());
        } else if (tracker.status().open()) {
            ChangePreview previewed = learnerChanges.preview(tracker.learnerId(), change);
            preview = previewed.plan();
            current = previewed.currentValues();
            changed = changedSinceRaised(RequestedChanges.readValues(tracker.raisedAgainst()), current);
        }
        LearnerFacts learner = learnerChanges.facts(tracker.learnerId()).orElseThrow();
        var situation = new TrackerWorkflow.Situation(tracker.status(), tracker.type(), settingFor(tracker),
                actor, raisedBy(tracker, actor), learner.qaVerified(), preview == null || preview.applicable());
        Map<TrackerAction, Optional<Sentence>> actions = new java.util.EnumMap<>(TrackerWorkflow.decide(situation));
        if (actions.get(TrackerAction.REJECT).isEmpty()) {
            actions.put(TrackerAction.REJECT, rejectionUsed(tracker));
        }
        return new TrackerDetails(summaries(List.of(TrackerQueries.Listed.of(tracker)), today).getFirst(),
                tracker.raisedBy(), tracker.source(), tracker.evidenceFileName(), change, tracker.effectiveDate(),
                tracker.notes(), tracker.rejectionReason(), tracker.closedByName(), tracker.closedAt(),
                tracker.version(), preview, changed, current, actions, history.of(tracker.id()),
                CustomValues.read(tracker.customValues()));
    }

    private static List<ValueSinceRaised> changedSinceRaised(Map<String, String> raised, Map<String, String> now) {
        List<ValueSinceRaised> changed = new ArrayList<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(raised.get(field), value)) {
                changed.add(new ValueSinceRaised(field, raised.get(field), value));
            }
        });
        return changed;
    }

    private List<TrackerSummary> summaries(List<TrackerQueries.Listed> found, LocalDate today) {
        Set<UUID> learnerIds = new HashSet<>();
        Set<UUID> staffIds = new HashSet<>();
        found.forEach(tracker -> {
            learnerIds.add(tracker.learnerId());
            if (tracker.assigneeId() != null) {
                staffIds.add(tracker.assigneeId());
            }
        });
        Map<UUID, LearnerSummary> learnerSummaries = learners.summaries(learnerIds);
        Map<UUID, String> names = staffIds.isEmpty() ? Map.of() : staff.names(staffIds);
        Map<UUID, String> customNames = found.stream().anyMatch(tracker -> tracker.customTypeId() != null)
                ? customTypes.all().stream().collect(java.util.stream.Collectors.toMap(CustomTrackerType::id,
                CustomTrackerType::name)) : Map.of();
        return found.stream().map(tracker -> {
            LearnerSummary learner = learnerSummaries.get(tracker.learnerId());
            return new TrackerSummary(tracker.id(), tracker.number(), tracker.type(), tracker.learnerId(),
                    learner == null ? "" : learner.fullName(), learner == null ? "" : learner.learnRefNumber(),
                    tracker.status(), tracker.assigneeId(),
                    tracker.assigneeId() == null ? null : names.get(tracker.assigneeId()), tracker.raisedByName(),
                    tracker.raisedAt(), tracker.dueOn(),
                    TrackerQueries.overdue(tracker.status(), tracker.dueOn(), today),
                    tracker.customTypeId() == null ? null : customNames.get(tracker.customTypeId()));
        }).toList();
    }

    private void refuseUnlessAllowed(TrackerAction action, Tracker tracker, TrackerActor actor,
                                     boolean changeApplicable) {
        boolean qaVerified = tracker.type().changesProgrammeStatus()
                && learnerChanges.facts(tracker.learnerId()).map(LearnerFacts::qaVerified).orElse(false);
        var situation = new TrackerWorkflow.Situation(tracker.status(), tracker.type(), settingFor(tracker),
                actor, raisedBy(tracker, actor), qaVerified, changeApplicable);
        Optional<Sentence> refusal = TrackerWorkflow.refusal(action, situation);
        if (refusal.isPresent()) {
            throw new TrackerRefusedException(action, refusal.get());
        }
    }

    private TrackerTypeSetting settingFor(Tracker tracker) {
        if (tracker.type() != TrackerType.CUSTOM) {
            return settings.of(tracker.type());
        }
        return customTypes.find(tracker.customTypeId()).orElseThrow().asSetting();
    }

    /** A provider's own type may leave rejection out of its statuses. */
    private Optional<Sentence> rejectionUsed(Tracker tracker) {
        if (tracker.type() == TrackerType.CUSTOM
                && !customTypes.find(tracker.customTypeId()).orElseThrow().usesRejection()) {
            return Optional.of(Sentence.of("tracker.refused.rejection-not-used"));
        }
        return Optional.empty();
    }

    private static boolean raisedBy(Tracker tracker, TrackerActor actor) {
        return actor.staffId() != null && actor.staffId().equals(tracker.raisedById());
    }

    private Tracker load(UUID trackerId, long version) {
        Tracker tracker = trackers.findById(trackerId)
                .orElseThrow(() -> new InvalidInputException("tracker", "No tracker with id " + trackerId));
        if (tracker.version() != version) {
            throw new TrackerConflictException("Someone else has changed this tracker since you opened it."
                    + " It shows their change now: check it and try again.");
        }
        return tracker;
    }

    private void checkAssignee(UUID assigneeId) {
        if (assigneeId != null && staff.find(assigneeId).isEmpty()) {
            throw new InvalidInputException("assignee", "Choose a member of your organisation's staff");
        }
    }

    private String nameOf(UUID staffId) {
        return staffId == null ? "nobody" : staff.find(staffId).map(member -> member.displayName())
                .orElse(staffId.toString());
    }

    Map<String, Object> described(Tracker tracker, RecordChange change) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", tracker.type().name());
        details.put("change", RequestedChanges.asMap(change));
        if (tracker.effectiveDate() != null) {
            details.put("effectiveDate", tracker.effectiveDate().toString());
        }
        if (tracker.notes() != null) {
            details.put("notes", tracker.notes());
        }
        if (tracker.source() != null) {
            details.put("source", tracker.source());
        }
        if (tracker.evidenceFileName() != null) {
            details.put("evidence", tracker.evidenceFileName());
        }
        details.put("assignee", nameOf(tracker.assigneeId()));
        return details;
    }

    private UUID me() {
        return TrackerActor.current().staffId();
    }

    void publish(Tracker tracker, TrackerEvent.Kind kind, TrackerActor actor) {
        events.publishEvent(new TrackerEvent(CurrentTenant.idOrNone(), tracker.id(), kind, actor.staffId()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
