package app.waymark.restart;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Permission;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.notification.MessageChannel;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Participants' action plans. Every change that can complete the three conditions of a monitoring tracker (an
 * activity made mandatory, an activity marked Not complete) locks the participant and applies
 * {@link MonitoringRule} in its own transaction.
 */
@Service
public class ActionPlans {

    private final ActivityRepository activities;
    private final ParticipantRepository participants;
    private final ParticipantLock lock;
    private final MonitoringRule rule;
    private final MonitoringRaising raising;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final StaffMembers staff;
    private final BrandedMessages messages;
    private final AuditService audit;
    private final Clock clock;

    ActionPlans(ActivityRepository activities, ParticipantRepository participants, ParticipantLock lock,
                MonitoringRule rule, MonitoringRaising raising, StaffMembers staff, BrandedMessages messages,
                AuditService audit, Clock clock) {
        this.activities = activities;
        this.participants = participants;
        this.lock = lock;
        this.rule = rule;
        this.raising = raising;
        this.staff = staff;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an activity, status Planned; with no owner given, the participant's work coach owns it. */
    @PreAuthorize(RestartAccess.MANAGE)
    @Transactional
    public UUID add(UUID participantId, ActivityPlan plan) {
        if (!lock.lock(participantId)) {
            throw new InvalidInputException("participant", "No participant with id " + participantId);
        }
        Participant participant = participants.findById(participantId).orElseThrow();
        ActivityPlan checked = checked(plan, participant);
        Activity activity = new Activity(TimeOrderedIds.next(), participantId, checked, clock.instant());
        activities.save(activity);
        audited(activity, "added");
        return activity.id();
    }

    /** Changes what is planned; making a Not complete activity mandatory can raise its monitoring tracker. */
    @PreAuthorize(RestartAccess.MANAGE)
    @Transactional
    public void change(UUID activityId, long version, ActivityPlan plan) {
        Activity activity = locked(activityId, version);
        Participant participant = participants.findById(activity.participantId()).orElseThrow();
        activity.plan(checked(plan, participant));
        audited(activity, "changed");
        raising.announce(rule.raiseDue(activity.participantId()));
    }

    /**
     * Records the activity's outcome: Planned, Complete, or Not complete with a reason. Not complete can raise the
     * monitoring tracker; a later Complete leaves any tracker as it is.
     */
    @PreAuthorize(RestartAccess.MANAGE)
    @Transactional
    public void outcome(UUID activityId, long version, ActivityStatus status, String reason) {
        if (status == null) {
            throw new InvalidInputException("status", "Choose the activity's status");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (status == ActivityStatus.NOT_COMPLETE && why == null) {
            throw new InvalidInputException("reason", "Give the reason the activity was not completed");
        }
        Activity activity = locked(activityId, version);
        activity.outcome(status, why, clock.instant());
        audited(activity, "status " + status.label());
        raising.announce(rule.raiseDue(activity.participantId()));
    }

    /** Records that the Mandatory Activity Notification was issued on {@code issuedOn}. */
    @PreAuthorize(RestartAccess.MANAGE)
    @Transactional
    public void manIssued(UUID activityId, long version, LocalDate issuedOn) {
        if (issuedOn == null) {
            throw new InvalidInputException("manIssuedOn", "Enter the date the notification was issued");
        }
        if (issuedOn.isAfter(LocalDate.now(clock.withZone(Participants.UK)))) {
            throw new InvalidInputException("manIssuedOn", "The notification cannot be issued in the future");
        }
        Activity activity = locked(activityId, version);
        if (!activity.mandatory()) {
            throw new InvalidInputException("manIssuedOn",
                    "Only a mandatory activity has a Mandatory Activity Notification");
        }
        activity.manIssued(issuedOn);
        audited(activity, "MAN issued " + issuedOn);
    }

    /**
     * Sends the participant the Mandatory Activity Notification for a mandatory activity, by email or SMS through
     * the outbox in the provider's wording, and records it as issued today.
     */
    @PreAuthorize(RestartAccess.MANAGE)
    @Transactional
    public void issueMan(UUID activityId, long version, MessageChannel channel) {
        Activity activity = locked(activityId, version);
        if (!activity.mandatory()) {
            throw new InvalidInputException("channel", "Only a mandatory activity has a Mandatory Activity Notification");
        }
        Participant participant = participants.findById(activity.participantId()).orElseThrow();
        Map<String, String> values = Map.of(
                "participant.firstName", participant.details().givenNames(),
                "activity.title", activity.title(),
                "activity.description", activity.description() == null ? "" : activity.description(),
                "activity.dueOn", LONG_DATE.format(activity.dueOn()),
                "workCoach.name", participant.workCoachId() == null ? "your work coach"
                        : staff.find(participant.workCoachId()).map(StaffMember::displayName).orElse("your work coach"));
        String purpose = "mandatory-activity-notification:" + activityId + ":" + TimeOrderedIds.next();
        switch (channel) {
            case EMAIL -> {
                if (participant.email() == null) {
                    throw new InvalidInputException("channel", participant.fullName() + " has no email address: "
                            + "send it by SMS or record a notification issued on paper");
                }
                messages.queueEmail(MessageKind.MANDATORY_ACTIVITY_NOTIFICATION, purpose, participant.email(), values);
            }
            case SMS -> {
                if (participant.mobile() == null) {
                    throw new InvalidInputException("channel", participant.fullName() + " has no mobile number: "
                            + "send it by email or record a notification issued on paper");
                }
                messages.queueSms(MessageKind.MANDATORY_ACTIVITY_NOTIFICATION, purpose, participant.mobile(), values);
            }
        }
        activity.manIssued(LocalDate.now(clock.withZone(Participants.UK)));
        audited(activity, "MAN sent by " + channel.name().toLowerCase(java.util.Locale.ROOT));
    }

    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public List<ActivityView> of(UUID participantId) {
        List<Activity> found = activities.findByParticipantIdOrderByDueOnAscCreatedAtAsc(participantId);
        Map<UUID, String> names = staff.names(found.stream().map(Activity::ownerId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream().map(activity -> view(activity, names)).toList();
    }

    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public Optional<ActivityView> find(UUID activityId) {
        return activities.findById(activityId).map(activity -> view(activity, activity.ownerId() == null ? Map.of()
                : staff.names(List.of(activity.ownerId()))));
    }

    /** Members of staff who may own an activity: work coaches. */
    @PreAuthorize(RestartAccess.VIEW)
    public List<StaffMember> owners() {
        return staff.holding(Permission.MONITORING_WORK);
    }

    static ActivityView view(Activity activity, Map<UUID, String> names) {
        return new ActivityView(activity.id(), activity.participantId(), activity.title(), activity.description(),
                activity.dueOn(), activity.ownerId(), names.get(activity.ownerId()), activity.mandatory(),
                activity.manIssuedOn(), activity.status(), activity.notCompleteReason(), activity.notCompleteAt(),
                activity.version());
    }

    private Activity locked(UUID activityId, long version) {
        Activity found = activities.findById(activityId)
                .orElseThrow(() -> new InvalidInputException("activity", "No activity with id " + activityId));
        lock.lock(found.participantId());
        Activity activity = activities.findById(activityId).orElseThrow();
        if (activity.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Activity.class, activityId);
        }
        return activity;
    }

    private ActivityPlan checked(ActivityPlan plan, Participant participant) {
        String title = plan.title() == null ? "" : plan.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "Enter the activity's title");
        }
        if (title.length() > 200) {
            throw new InvalidInputException("title", "The title must be at most 200 characters");
        }
        if (plan.dueOn() == null) {
            throw new InvalidInputException("dueOn", "Enter the date the activity is due");
        }
        UUID owner = plan.ownerId() != null ? plan.ownerId() : participant.workCoachId();
        if (plan.ownerId() != null && owners().stream().noneMatch(member -> member.id().equals(plan.ownerId()))) {
            throw new InvalidInputException("owner", "The owner must be a member of staff with a work coach role");
        }
        String description = plan.description() == null || plan.description().isBlank() ? null
                : plan.description().strip();
        return new ActivityPlan(title, description, plan.dueOn(), owner, plan.mandatory());
    }

    private void audited(Activity activity, String what) {
        Map<String, Object> after = new HashMap<>();
        after.put("title", activity.title());
        after.put("change", what);
        after.put("mandatory", activity.mandatory());
        after.put("status", activity.status().name());
        audit.record(AuditEntry.of(AuditActions.RESTART_ACTIVITY_SAVED, "restart-activity", activity.id())
                .after(after));
    }
}
