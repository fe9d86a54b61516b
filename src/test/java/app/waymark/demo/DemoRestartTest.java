package app.waymark.demo;

import app.waymark.IntegrationTest;
import app.waymark.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Northfield's demo Restart caseload is a team's: several work coaches with caseloads of their own, and monitoring
 * trackers and sanctions worked by more than one compliance user and supervisor. Demo participants are the ones with
 * National Insurance numbers starting AB (tests add others).
 */
class DemoRestartTest extends IntegrationTest {

    private static final String DEMO_PARTICIPANT = "p.national_insurance_number like 'AB%'";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void fifty_participants_are_shared_between_three_work_coaches() {
        assertThat(northfield("select count(*)::text from restart_participant p where " + DEMO_PARTICIPANT))
                .containsExactly("50");
        assertThat(northfield("select u.email from restart_participant p join staff_user u on u.id = p.work_coach_id"
                + " where " + DEMO_PARTICIPANT + " group by u.email having count(*) >= 16"))
                .containsExactlyInAnyOrder("work-coach@northfield.example", "work-coach-2@northfield.example",
                        "work-coach-3@northfield.example");
    }

    @Test
    void trackers_in_every_status_are_assigned_to_several_coaches() {
        assertThat(northfield("select distinct t.status from restart_monitoring_tracker t"
                + " join restart_participant p on p.id = t.participant_id where " + DEMO_PARTICIPANT))
                .containsExactlyInAnyOrder("NEW", "RESOLVED", "SUBMITTED", "REFERRED", "REJECTED", "CLOSED");
        assertThat(northfield("select distinct t.assignee_id::text from restart_monitoring_tracker t"
                + " join restart_participant p on p.id = t.participant_id where " + DEMO_PARTICIPANT)).hasSize(3);
    }

    @Test
    void two_compliance_users_finish_trackers_and_two_supervisors_record_sanctions() {
        assertThat(northfield("select distinct h.actor_name from restart_monitoring_history h"
                + " join restart_monitoring_tracker t on t.id = h.tracker_id"
                + " join restart_participant p on p.id = t.participant_id"
                + " where " + DEMO_PARTICIPANT + " and t.status in ('CLOSED', 'REJECTED')"
                + " and h.actor_id in (select u.id from staff_user u where u.email like 'compliance%')")).hasSize(2);
        assertThat(northfield("select distinct s.changed_by_name from restart_sanction_change s"
                + " join restart_participant p on p.id = s.participant_id where " + DEMO_PARTICIPANT)).hasSize(2);
    }

    private List<String> northfield(String sql) {
        UUID tenant = jdbc.queryForObject("select id from tenant where slug = 'northfield'", UUID.class);
        return TenantContext.callAs(tenant, () -> transactions.execute(status ->
                jdbc.queryForList(sql, String.class)));
    }
}
