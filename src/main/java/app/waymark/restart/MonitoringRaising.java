package app.waymark.restart;

import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * What follows a monitoring tracker's raising, in the same transaction: its first history line (created when, by
 * whose change, for which participant, type, status, DMA answer, assignee) and the assignee's notice.
 */
@Component
class MonitoringRaising {

    private final MonitoringTrackerRepository trackers;
    private final ParticipantRepository participants;
    private final ActivityRepository activities;
    private final MonitoringHistoryRepository history;
    private final MonitoringNotices notices;
    private final StaffMembers staff;
    private final Clock clock;

    MonitoringRaising(MonitoringTrackerRepository trackers, ParticipantRepository participants,
                      ActivityRepository activities, MonitoringHistoryRepository history, MonitoringNotices notices,
                      StaffMembers staff, Clock clock) {
        this.trackers = trackers;
        this.participants = participants;
        this.activities = activities;
        this.history = history;
        this.notices = notices;
        this.staff = staff;
        this.clock = clock;
    }

    void announce(List<MonitoringRule.Raised> raised) {
        for (MonitoringRule.Raised each : raised) {
            MonitoringTracker tracker = trackers.findById(each.trackerId()).orElseThrow();
            Participant participant = participants.findById(tracker.participantId()).orElseThrow();
            Activity activity = activities.findById(tracker.activityId()).orElseThrow();
            String assignee = tracker.assigneeId() == null ? "nobody"
                    : staff.find(tracker.assigneeId()).map(StaffMember::displayName).orElse("nobody");
            Actor actor = CurrentActor.get().orElse(null);
            history.save(new MonitoringHistoryEntry(TimeOrderedIds.next(), tracker.id(), clock.instant(),
                    actor == null ? null : actor.id(),
                    actor == null ? CurrentActor.SYSTEM_NAME : actor.displayName(), "Created",
                    "Created by Waymark for the Not complete outcome of the mandatory activity \""
                            + activity.title() + "\""
                            + (actor == null ? "" : " (change made by " + actor.displayName() + ")")
                            + ", for " + participant.fullName() + " (P-" + participant.number() + ");"
                            + " type Monitoring; status " + tracker.status().label()
                            + "; DMA paperwork raised: " + (tracker.dmaRaised() ? "Yes" : "No")
                            + "; assignee: " + assignee));
            notices.assigned(tracker, participant.fullName(), activity.title(), true);
        }
    }
}
