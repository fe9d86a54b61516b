package app.waymark.restart;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Monitoring trackers: listed, worked and closed. Rejected and Closed are final: nothing changes a tracker after
 * that, whoever asks. DMA paperwork raised Yes needs the paperwork attached before Submitted or Referred; No needs
 * a reason.
 */
@Service
public class MonitoringTrackers {

    private final MonitoringTrackerRepository trackers;
    private final ParticipantRepository participants;
    private final ActivityRepository activities;
    private final MonitoringHistoryRepository history;
    private final RestartFileRepository files;
    private final MonitoringQueries queries;
    private final MonitoringNotices notices;
    private final RestartSettings settings;
    private final Participants people;
    private final StaffMembers staff;
    private final AuditService audit;
    private final Clock clock;

    MonitoringTrackers(MonitoringTrackerRepository trackers, ParticipantRepository participants,
                       ActivityRepository activities, MonitoringHistoryRepository history,
                       RestartFileRepository files, MonitoringQueries queries, MonitoringNotices notices,
                       RestartSettings settings, Participants people, StaffMembers staff, AuditService audit,
                       Clock clock) {
        this.trackers = trackers;
        this.participants = participants;
        this.activities = activities;
        this.history = history;
        this.files = files;
        this.queries = queries;
        this.notices = notices;
        this.settings = settings;
        this.people = people;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public List<MonitoringSummary> list(MonitoringFilter filter, int offset, int limit) {
        List<MonitoringSummary> page = queries.page(filter, CurrentActor.require().id(), overdueBefore(), offset,
                limit);
        Map<UUID, String> names = staff.names(page.stream().map(MonitoringSummary::assigneeId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.stream().map(each -> named(each, names)).toList();
    }

    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public long count(MonitoringFilter filter) {
        return queries.count(filter, CurrentActor.require().id(), overdueBefore());
    }

    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public Optional<MonitoringDetails> details(UUID trackerId) {
        return trackers.findById(trackerId).map(tracker -> {
            Participant participant = participants.findById(tracker.participantId()).orElseThrow();
            Activity activity = activities.findById(tracker.activityId()).orElseThrow();
            MonitoringSummary summary = summary(tracker, participant, activity);
            Set<String> permissions = CurrentActor.require().permissions();
            List<MonitoringStatus> options = MonitoringStatus.optionsFor(permissions);
            boolean readOnly = tracker.status().isFinal() || options.isEmpty();
            return new MonitoringDetails(summary, ActionPlans.view(activity, activity.ownerId() == null ? Map.of()
                    : staff.names(List.of(activity.ownerId()))), participant.benefit(), tracker.current(),
                    tracker.version(), options, readOnly,
                    history.findByTrackerIdOrderByAtAscIdAsc(trackerId).stream()
                            .map(MonitoringHistoryEntry::line).toList(),
                    files.listed(trackerId));
        });
    }

    /** Saves the page's changes; refused when final, stale, or a status the person may not set. */
    @PreAuthorize(RestartAccess.WORK_TRACKERS)
    @Transactional
    public void update(UUID trackerId, long version, MonitoringUpdate update) {
        MonitoringTracker tracker = changeable(trackerId, version);
        Actor actor = CurrentActor.require();
        if (update.status() == null) {
            throw new InvalidInputException("status", "Choose the status");
        }
        if (update.status() != tracker.status()
                && !MonitoringStatus.optionsFor(actor.permissions()).contains(update.status())) {
            throw new AccessDeniedException("You may not set a monitoring tracker to " + update.status().label());
        }
        if (update.assigneeId() != null && !Objects.equals(update.assigneeId(), tracker.assigneeId())
                && people.trackerAssignees().stream().noneMatch(member -> member.id().equals(update.assigneeId()))) {
            throw new InvalidInputException("assignee",
                    "The assignee must be a member of your organisation's staff who works monitoring trackers");
        }
        String reason = update.dmaNotRaisedReason() == null || update.dmaNotRaisedReason().isBlank() ? null
                : update.dmaNotRaisedReason().strip();
        if (!update.dmaRaised() && reason == null) {
            throw new InvalidInputException("dmaNotRaisedReason", "Say why the DMA paperwork has not been raised");
        }
        if (update.dmaRaised() && update.status().needsPaperwork()
                && !files.existsByTrackerIdAndKind(trackerId, AttachmentKind.DMA_PAPERWORK)) {
            throw new InvalidInputException("status", "Upload the DMA paperwork before setting the tracker to "
                    + update.status().label());
        }
        String notes = update.notes() == null || update.notes().isBlank() ? null : update.notes().strip();
        MonitoringUpdate checked = new MonitoringUpdate(update.status(), update.assigneeId(), update.dmaRaised(),
                reason, notes);
        List<String> changes = changes(tracker.current(), checked);
        if (changes.isEmpty()) {
            return;
        }
        boolean reassigned = !Objects.equals(tracker.assigneeId(), checked.assigneeId());
        MonitoringUpdate before = tracker.current();
        tracker.update(checked, clock.instant());
        for (String change : changes) {
            history.save(new MonitoringHistoryEntry(TimeOrderedIds.next(), trackerId, clock.instant(), actor.id(),
                    actor.displayName(), "Changed", change));
        }
        audit.record(AuditEntry.of(AuditActions.RESTART_MONITORING_CHANGED, "restart-monitoring-tracker", trackerId)
                .before(asMap(before)).after(asMap(checked)));
        if (reassigned && checked.assigneeId() != null && !checked.assigneeId().equals(actor.id())) {
            Participant participant = participants.findById(tracker.participantId()).orElseThrow();
            Activity activity = activities.findById(tracker.activityId()).orElseThrow();
            notices.assigned(tracker, participant.fullName(), activity.title(), false);
        }
    }

    /** Attaches DMA paperwork or evidence (checked by content: {@link UploadedFiles}); refused once final. */
    @PreAuthorize(RestartAccess.WORK_TRACKERS)
    @Transactional
    public UUID attach(UUID trackerId, AttachmentKind kind, String fileName, byte[] content) {
        MonitoringTracker tracker = trackers.findById(trackerId)
                .orElseThrow(() -> new InvalidInputException("tracker", "No monitoring tracker with id " + trackerId));
        refuseFinal(tracker);
        CheckedUpload upload = UploadedFiles.checked("file", fileName, content);
        Actor actor = CurrentActor.require();
        UUID id = TimeOrderedIds.next();
        files.save(new RestartFile(id, trackerId, kind, upload, clock.instant(), actor.id(), actor.displayName()));
        history.save(new MonitoringHistoryEntry(TimeOrderedIds.next(), trackerId, clock.instant(), actor.id(),
                actor.displayName(), "File attached", kind.label() + ": " + upload.fileName()));
        audit.record(AuditEntry.of(AuditActions.RESTART_MONITORING_CHANGED, "restart-monitoring-tracker", trackerId)
                .after(Map.of("attached", kind.name(), "fileName", upload.fileName())));
        return id;
    }

    /** An attached file of this provider's, for those who may see monitoring trackers. */
    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public Optional<Download> download(UUID fileId) {
        return files.findById(fileId).map(file -> new Download(file.fileName(), file.contentType(), file.content()));
    }

    /** The activity's Not complete outcome day after which a New tracker is overdue, as an instant. */
    private Instant overdueBefore() {
        LocalDate today = LocalDate.now(clock.withZone(Participants.UK));
        return WorkingDays.before(today, settings.overdueWorkingDays()).atStartOfDay(Participants.UK).toInstant();
    }

    private MonitoringTracker changeable(UUID trackerId, long version) {
        MonitoringTracker tracker = trackers.findById(trackerId)
                .orElseThrow(() -> new InvalidInputException("tracker", "No monitoring tracker with id " + trackerId));
        refuseFinal(tracker);
        if (tracker.version() != version) {
            throw new ObjectOptimisticLockingFailureException(MonitoringTracker.class, trackerId);
        }
        return tracker;
    }

    private static void refuseFinal(MonitoringTracker tracker) {
        if (tracker.status().isFinal()) {
            throw new InvalidInputException("status", "Monitoring tracker " + tracker.reference() + " is "
                    + tracker.status().label() + ": it is read-only");
        }
    }

    private List<String> changes(MonitoringUpdate before, MonitoringUpdate after) {
        List<String> changes = new ArrayList<>();
        if (before.status() != after.status()) {
            changes.add("Status: " + before.status().label() + " → " + after.status().label());
        }
        if (!Objects.equals(before.assigneeId(), after.assigneeId())) {
            changes.add("Assignee: " + name(before.assigneeId()) + " → " + name(after.assigneeId()));
        }
        if (before.dmaRaised() != after.dmaRaised()
                || !Objects.equals(before.dmaNotRaisedReason(), after.dmaNotRaisedReason())) {
            changes.add("DMA paperwork raised: " + (after.dmaRaised() ? "Yes"
                    : "No, because " + after.dmaNotRaisedReason()));
        }
        if (!Objects.equals(before.notes(), after.notes())) {
            changes.add("Notes: " + (after.notes() == null ? "cleared" : after.notes()));
        }
        return changes;
    }

    private String name(UUID staffId) {
        return staffId == null ? "nobody" : staff.find(staffId).map(StaffMember::displayName).orElse("nobody");
    }

    private static Map<String, Object> asMap(MonitoringUpdate update) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("status", update.status().name());
        map.put("assignee", update.assigneeId() == null ? "" : update.assigneeId().toString());
        map.put("dmaRaised", update.dmaRaised());
        map.put("dmaNotRaisedReason", update.dmaNotRaisedReason() == null ? "" : update.dmaNotRaisedReason());
        return map;
    }

    private MonitoringSummary summary(MonitoringTracker tracker, Participant participant, Activity activity) {
        Instant overdueBefore = overdueBefore();
        return new MonitoringSummary(tracker.id(), tracker.reference(), participant.id(), participant.fullName(),
                "P-" + participant.number(), activity.id(), activity.title(), activity.dueOn(), tracker.status(),
                tracker.assigneeId(), tracker.assigneeId() == null ? null : name(tracker.assigneeId()),
                tracker.createdAt(), tracker.notCompleteAt(),
                tracker.status() == MonitoringStatus.NEW && tracker.notCompleteAt().isBefore(overdueBefore));
    }

    private static MonitoringSummary named(MonitoringSummary each, Map<UUID, String> names) {
        return new MonitoringSummary(each.id(), each.reference(), each.participantId(), each.participantName(),
                each.participantReference(), each.activityId(), each.activityTitle(), each.activityDueOn(),
                each.status(), each.assigneeId(), names.get(each.assigneeId()), each.raisedAt(), each.notCompleteAt(),
                each.overdue());
    }
}
