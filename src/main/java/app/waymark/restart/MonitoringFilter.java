package app.waymark.restart;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The monitoring list's filters; null means any. {@code keyword}: the participant's name or reference, the tracker's
 * reference or type, or the activity's title. Every tracker in the list is of type Monitoring, so {@code type}
 * Monitoring keeps them all. Dates (raised, UK time) are inclusive. {@code overdueOnly}: still New once
 * the provider's number of working days since the activity was marked Not complete have passed.
 */
public record MonitoringFilter(String keyword, RestartTrackerType type, MonitoringStatus status, Assignee assignee, UUID assigneeId,
                               LocalDate raisedFrom, LocalDate raisedTo, boolean overdueOnly, UUID participantId) {

    public enum Assignee { ANYONE, ME, UNASSIGNED, PERSON }

    public static MonitoringFilter all() {
        return new MonitoringFilter(null, null, null, Assignee.ANYONE, null, null, null, false, null);
    }

    public static MonitoringFilter ofParticipant(UUID participantId) {
        return new MonitoringFilter(null, null, null, Assignee.ANYONE, null, null, null, false, participantId);
    }
}
