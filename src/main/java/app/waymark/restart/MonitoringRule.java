package app.waymark.restart;

import app.waymark.base.TimeOrderedIds;
import app.waymark.tenant.CurrentTenant;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The three-condition rule (DOMAIN.md section 6): a monitoring tracker exists for every Not complete outcome of a
 * mandatory activity of a participant whose "Make activity mandatory" is set. Called, with the participant locked
 * ({@link ParticipantLock}), after each change to one of the three, in that change's transaction. An outcome has at
 * most one tracker (a unique key), so a condition that goes off and on again raises nothing new; a later Complete
 * leaves the tracker as it is.
 */
@Component
class MonitoringRule {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final RestartNumbers numbers;
    private final Clock clock;

    MonitoringRule(JdbcTemplate jdbc, EntityManager entityManager, RestartNumbers numbers, Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.numbers = numbers;
        this.clock = clock;
    }

    record Raised(UUID trackerId, UUID activityId, UUID assigneeId) {
    }

    private record Due(UUID activityId, int outcome, Instant notCompleteAt, UUID assigneeId) {
    }

    /** Raises the trackers the participant's activities now call for; returns those raised. */
    List<Raised> raiseDue(UUID participantId) {
        entityManager.flush();
        List<Due> due = jdbc.query("""
                select a.id, a.not_complete_count, a.not_complete_at, coalesce(a.owner_id, p.work_coach_id) as assignee
                from restart_activity a
                join restart_participant p on p.tenant_id = a.tenant_id and p.id = a.participant_id
                where a.participant_id = ? and p.activity_mandatory and a.mandatory and a.status = 'NOT_COMPLETE'
                  and not exists (select 1 from restart_monitoring_tracker t
                                  where t.tenant_id = a.tenant_id and t.activity_id = a.id
                                    and t.activity_outcome = a.not_complete_count)
                order by a.not_complete_at, a.id""",
                (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getTimestamp(3).toInstant(), rs.getObject(4, UUID.class)), participantId);
        List<Raised> raised = new ArrayList<>();
        Instant now = clock.instant();
        for (Due each : due) {
            UUID id = TimeOrderedIds.next();
            int inserted = jdbc.update("""
                    insert into restart_monitoring_tracker (tenant_id, id, number, participant_id, activity_id,
                        activity_outcome, not_complete_at, status, assignee_id, dma_raised, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'NEW', ?, true, ?, ?)
                    on conflict (tenant_id, activity_id, activity_outcome) do nothing""",
                    CurrentTenant.idOrNone(), id, numbers.next(RestartNumbers.Kind.MONITORING), participantId,
                    each.activityId(), each.outcome(), Timestamp.from(each.notCompleteAt()), each.assigneeId(),
                    Timestamp.from(now), Timestamp.from(now));
            if (inserted == 1) {
                raised.add(new Raised(id, each.activityId(), each.assigneeId()));
            }
        }
        return raised;
    }
}
