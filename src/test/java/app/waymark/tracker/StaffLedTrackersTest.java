package app.waymark.tracker;

import app.waymark.IntegrationTest;
import app.waymark.base.Sentence;
import app.waymark.base.security.Permission;
import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.learner.ProgrammeStatus;
import app.waymark.learner.RecordChange;
import app.waymark.security.RoleSummary;
import app.waymark.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staff-led trackers end to end: raised by a creator, pre-authorised, processed, and the learner's aims,
 * employment records and programme status afterwards. Each test makes its own learner (Riverside).
 */
class StaffLedTrackersTest extends IntegrationTest {

    private static final String DOMAIN = "@riverside.example";
    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private static final LocalDate PLANNED_END = LocalDate.of(2026, 7, 3);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);

    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_change_of_employer_adds_an_employment_record_from_the_date_and_keeps_the_old_one() {
        UUID learner = learnerWith(aim(1, "ZPROG001", 1, 1, null));
        UUID tracker = raise(TrackerType.CHANGE_OF_EMPLOYER, learner,
                new RecordChange.EmployerChange(LocalDate.of(2026, 3, 2), 123456789L, new BigDecimal("37")));

        TrackerDetails raised = trackers.details(tracker).orElseThrow();
        assertThat(raised.preview().effects()).startsWith(
                Sentence.of("change.effect.employment", "02/03/2026", "123456789", "37"),
                Sentence.of("change.effect.employment-kept", "02/12/2024"));
        assertThat(raised.preview().effects()).extracting(Sentence::key)
                .contains("change.effect.otj-minimum-2022", "change.effect.otj-period-unrecorded",
                        "change.effect.otj-period");
        preAuthoriseAndProcess(tracker);

        List<LearnerDetails.Employment> employment = learners.details(learner).orElseThrow().programme()
                .employment();
        assertThat(employment).extracting(LearnerDetails.Employment::dateEmpStatApp)
                .containsExactly(LocalDate.of(2024, 12, 2), LocalDate.of(2026, 3, 2));
        assertThat(employment.getLast().empStat()).isEqualTo(10);
        assertThat(employment.getLast().empId()).isEqualTo(123456789L);
        assertThat(sql(() -> jdbc.queryForObject("""
                select weekly_hours from employment_status where learner_id = ? and date_emp_stat_app = ?""",
                BigDecimal.class, learner, Date.valueOf(LocalDate.of(2026, 3, 2))))).isEqualByComparingTo("37");
        assertThat(trackers.details(tracker).orElseThrow().history().getLast().after())
                .contains("Employment status from 02/03/2026");
    }

    @Test
    void processing_a_break_puts_every_open_aim_on_a_break() {
        UUID learner = learnerWith(aim(1, "ZPROG001", 1, 1, null), aim(2, "60346527", 3, 1, null),
                aim(3, "60346539", 3, 2, LocalDate.of(2025, 12, 19)));
        UUID tracker = raise(TrackerType.BREAK_IN_LEARNING, learner, new RecordChange.BreakInLearning(LAST_DAY));
        preAuthoriseAndProcess(tracker);

        List<LearnerDetails.Aim> aims = aims(learner);
        assertThat(aims).extracting(LearnerDetails.Aim::compStatus).containsExactly(6, 6, 2);
        assertThat(aims).extracting(LearnerDetails.Aim::learnActEndDate)
                .containsExactly(LAST_DAY, LAST_DAY, LocalDate.of(2025, 12, 19));
        assertThat(aims.subList(0, 2)).extracting(LearnerDetails.Aim::outcome).containsExactly(3, 3);
        assertThat(summary(learner).programmeStatus()).isEqualTo(ProgrammeStatus.ON_A_BREAK);
        assertThat(summary(learner).leavingDate()).isNull();
    }

    @Test
    void a_return_to_learning_restarts_the_aims_on_the_break_as_new_aims() {
        UUID learner = learnerWith(aim(1, "ZPROG001", 1, 6, LAST_DAY));
        LocalDate restart = LocalDate.of(2026, 6, 1);
        UUID tracker = raise(TrackerType.RETURN_TO_LEARNING, learner,
                new RecordChange.ReturnToLearning(restart, null));
        // 94 days of the plan were left after 31 March 2026 (to 3 July): from 1 June they end on 2 September
        assertThat(trackers.details(tracker).orElseThrow().preview().effects()).contains(Sentence.of(
                "change.effect.return-plan", "Aim 1 ZPROG001", "94", "03/07/2026", "31/03/2026", "01/06/2026",
                "02/09/2026"));
        preAuthoriseAndProcess(tracker);

        List<LearnerDetails.Aim> aims = aims(learner);
        assertThat(aims).hasSize(2);
        assertThat(aims.getFirst().compStatus()).isEqualTo(6);
        LearnerDetails.Aim restarted = aims.getLast();
        assertThat(restarted.aimSeqNumber()).isEqualTo(2);
        assertThat(restarted.learnAimRef()).isEqualTo("ZPROG001");
        assertThat(restarted.compStatus()).isEqualTo(1);
        assertThat(restarted.learnStartDate()).isEqualTo(restart);
        assertThat(restarted.learnPlanEndDate()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(restarted.fams()).contains("\"RES\"");
        assertThat(sql(() -> jdbc.queryForObject(
                "select orig_learn_start_date from learning_delivery where learner_id = ? and aim_seq_number = 2",
                LocalDate.class, learner))).isEqualTo(START);
        assertThat(summary(learner).programmeStatus()).isEqualTo(ProgrammeStatus.CONTINUING);
    }

    @Test
    void a_planned_end_date_entered_on_a_return_is_the_one_written() {
        UUID learner = learnerWith(aim(1, "ZPROG001", 1, 6, LAST_DAY));
        UUID tracker = raise(TrackerType.RETURN_TO_LEARNING, learner,
                new RecordChange.ReturnToLearning(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 18)));
        preAuthoriseAndProcess(tracker);
        assertThat(aims(learner).getLast().learnPlanEndDate()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void a_change_of_programme_ends_the_open_aims_and_says_to_enrol_the_new_programme_in_the_mis() {
        UUID learner = learnerWith(aim(1, "ZPROG001", 1, 1, null), aim(2, "60346527", 3, 1, null));
        UUID tracker = raise(TrackerType.CHANGE_OF_PROGRAMME, learner,
                new RecordChange.ProgrammeChange(LAST_DAY, "Level 3 Team Leader"));
        assertThat(trackers.details(tracker).orElseThrow().preview().effects()).last().isEqualTo(
                Sentence.of("change.effect.programme-change-next", "Level 3 Team Leader"));
        preAuthoriseAndProcess(tracker);

        assertThat(aims(learner)).allSatisfy(aim -> {
            assertThat(aim.compStatus()).isEqualTo(3);
            assertThat(aim.withdrawReason()).isEqualTo(40);
            assertThat(aim.outcome()).isEqualTo(3);
            assertThat(aim.learnActEndDate()).isEqualTo(LAST_DAY);
        });
        assertThat(summary(learner).programmeStatus()).isEqualTo(ProgrammeStatus.WITHDRAWN);
        assertThat(summary(learner).leavingDate()).isEqualTo(LAST_DAY);
    }

    @Test
    void a_withdrawal_ends_the_open_aims_with_the_reason_and_the_learner_has_left() {
        UUID learner = learnerWith(aim(1, "ZPROG001", 1, 1, null),
                aim(2, "60346539", 3, 2, LocalDate.of(2025, 12, 19)));
        UUID tracker = raise(TrackerType.WITHDRAWAL, learner, new RecordChange.Withdrawal(LAST_DAY, 29));
        preAuthoriseAndProcess(tracker);

        List<LearnerDetails.Aim> aims = aims(learner);
        assertThat(aims.getFirst().compStatus()).isEqualTo(3);
        assertThat(aims.getFirst().withdrawReason()).isEqualTo(29);
        assertThat(aims.getFirst().outcome()).isEqualTo(3);
        assertThat(aims.getLast().compStatus()).isEqualTo(2);
        assertThat(summary(learner).programmeStatus()).isEqualTo(ProgrammeStatus.WITHDRAWN);
        assertThat(summary(learner).leavingDate()).isEqualTo(LAST_DAY);
        assertThat(learners.details(learner).orElseThrow().leaverCategory()).as("derived, not stored")
                .isEqualTo(app.waymark.learner.LeaverCategory.EARLY_LEAVER);
    }

    @Test
    void a_break_with_no_open_aim_says_why_and_cannot_be_processed() {
        UUID learner = learnerWith(aim(1, "ZPROG001", 1, 2, LocalDate.of(2025, 12, 19)));
        UUID tracker = raise(TrackerType.BREAK_IN_LEARNING, learner, new RecordChange.BreakInLearning(LAST_DAY));
        signIn("tracker-preauthorise" + DOMAIN);
        trackers.preAuthorise(tracker, version(tracker));

        signIn("tracker-process" + DOMAIN);
        TrackerDetails page = trackers.details(tracker).orElseThrow();
        assertThat(page.preview().blockers()).containsExactly(Sentence.of("change.blocked.no-open-aim-for-break"));
        assertThat(page.actions().get(TrackerAction.PROCESS)).contains(Sentence.of("tracker.refused.cannot-apply"));
        assertThatThrownBy(() -> trackers.process(tracker, page.version(), Map.of()))
                .isInstanceOf(TrackerRefusedException.class);
        assertThat(aims(learner).getFirst().compStatus()).isEqualTo(2);
        assertThat(trackers.details(tracker).orElseThrow().summary().status()).isEqualTo(TrackerStatus.PRE_AUTHORISED);
    }

    @Test
    void a_qa_verified_learners_programme_status_is_changed_only_by_someone_with_ilr_qa() {
        UUID learner = learnerWith(aim(1, "ZPROG001", 1, 1, null));
        inTransaction(() -> jdbc.update("update learner set qa_verified = true where id = ?", learner));
        UUID tracker = raise(TrackerType.BREAK_IN_LEARNING, learner, new RecordChange.BreakInLearning(LAST_DAY));
        signIn("tracker-preauthorise" + DOMAIN);
        trackers.preAuthorise(tracker, version(tracker));

        signIn("tracker-process" + DOMAIN);
        TrackerDetails page = trackers.details(tracker).orElseThrow();
        assertThat(page.actions().get(TrackerAction.PROCESS)).contains(Sentence.of("tracker.refused.qa-locked"));
        assertThatThrownBy(() -> trackers.process(tracker, page.version(), Map.of()))
                .isInstanceOfSatisfying(TrackerRefusedException.class,
                        e -> assertThat(e.why().key()).isEqualTo("tracker.refused.qa-locked"));

        signIn("ilr-qa" + DOMAIN);
        assertThatThrownBy(() -> trackers.process(tracker, page.version(), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(summary(learner).programmeStatus()).isEqualTo(ProgrammeStatus.CONTINUING);

        signIn(RIVERSIDE_ADMIN);
        List<RoleSummary> roles = users.roles();
        UUID qa = roles.stream().filter(role -> role.permissions().contains(Permission.LEARNER_PROGRAMME_STATUS_QA))
                .findFirst().orElseThrow().id();
        UUID processing = roles.stream().filter(role -> role.permissions().equals(
                Set.of(Permission.LEARNER_VIEW, Permission.TRACKER_PROCESS))).findFirst().orElseThrow().id();
        String both = "qa-and-process-" + UUID.randomUUID() + DOMAIN;
        users.createWithPassword(both, "Quinn Processor", Set.of(qa, processing), demoPassword);

        signIn(both);
        assertThat(trackers.details(tracker).orElseThrow().may(TrackerAction.PROCESS)).isTrue();
        trackers.process(tracker, page.version(), Map.of());
        assertThat(summary(learner).programmeStatus()).isEqualTo(ProgrammeStatus.ON_A_BREAK);
    }

    @Test
    void both_demo_providers_have_staff_led_trackers_of_every_type_processed_and_open() {
        for (String provider : List.of("@northfield.example", DOMAIN)) {
            signIn("tracker-process" + provider);
            for (TrackerType type : List.of(TrackerType.CHANGE_OF_EMPLOYER, TrackerType.BREAK_IN_LEARNING,
                    TrackerType.RETURN_TO_LEARNING, TrackerType.CHANGE_OF_PROGRAMME, TrackerType.WITHDRAWAL)) {
                assertThat(trackers.count(ofType(type, TrackerStatus.PROCESSED))).as(type + provider).isPositive();
                assertThat(trackers.count(ofType(type, TrackerStatus.NEW))
                        + trackers.count(ofType(type, TrackerStatus.PRE_AUTHORISED))).as(type + provider).isPositive();
            }
        }
    }

    private static TrackerFilter ofType(TrackerType type, TrackerStatus status) {
        return new TrackerFilter(type, status, TrackerFilter.Assignee.ANYONE, null, null, null, null, false);
    }

    private UUID raise(TrackerType type, UUID learner, RecordChange change) {
        signIn("tracker-create" + DOMAIN);
        return trackers.raise(new RaiseRequest(type, learner, change, null, null, null, null, null));
    }

    private void preAuthoriseAndProcess(UUID tracker) {
        signIn("tracker-preauthorise" + DOMAIN);
        trackers.preAuthorise(tracker, version(tracker));
        signIn("tracker-process" + DOMAIN);
        TrackerDetails page = trackers.details(tracker).orElseThrow();
        assertThat(page.preview().blockers()).isEmpty();
        trackers.process(tracker, page.version(), Map.of());
        assertThat(trackers.details(tracker).orElseThrow().summary().status()).isEqualTo(TrackerStatus.PROCESSED);
    }

    private long version(UUID tracker) {
        return trackers.details(tracker).orElseThrow().version();
    }

    private List<LearnerDetails.Aim> aims(UUID learner) {
        signIn("tracker-process" + DOMAIN);
        return learners.details(learner).orElseThrow().programme().aims();
    }

    private LearnerSummary summary(UUID learner) {
        signIn("tracker-process" + DOMAIN);
        return learners.details(learner).orElseThrow().summary();
    }

    private record Aim(int seq, String ref, int aimType, int compStatus, LocalDate actualEnd) {
    }

    private static Aim aim(int seq, String ref, int aimType, int compStatus, LocalDate actualEnd) {
        return new Aim(seq, ref, aimType, compStatus, actualEnd);
    }

    /**
     * A new Riverside apprentice (starting {@link #START}, planned to end {@link #PLANNED_END}, employed since
     * 2 December 2024 with no weekly hours recorded), written as an import would, with these aims.
     */
    private UUID learnerWith(Aim... aims) {
        signIn("mis" + DOMAIN);
        UUID learner = UUID.randomUUID();
        String ref = "EF" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        inTransaction(() -> {
            jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, family_name, given_names,
                        programme_status, created_at, updated_at)
                    values (current_setting('app.tenant_id')::uuid, ?, ?, '9999999999', 'Effect', 'Esme',
                        'CONTINUING', now(), now())""", learner, ref);
            jdbc.update("""
                    insert into employment_status (tenant_id, id, learner_id, date_emp_stat_app, emp_stat, emp_id)
                    values (current_setting('app.tenant_id')::uuid, ?, ?, ?, 10, 123456780)""",
                    UUID.randomUUID(), learner, Date.valueOf(LocalDate.of(2024, 12, 2)));
            for (Aim aim : aims) {
                jdbc.update("""
                        insert into learning_delivery (tenant_id, id, learner_id, aim_seq_number, learn_aim_ref,
                            aim_type, learn_start_date, learn_plan_end_date, fund_model, prog_type, std_code,
                            comp_status, learn_act_end_date, outcome, fams)
                        values (current_setting('app.tenant_id')::uuid, ?, ?, ?, ?, ?, ?, ?, 36, 25, 91, ?, ?, ?,
                            '[{"type":"SOF","code":"105","dateFrom":null,"dateTo":null}]'::jsonb)""",
                        UUID.randomUUID(), learner, aim.seq(), aim.ref(), aim.aimType(), Date.valueOf(START),
                        Date.valueOf(PLANNED_END), aim.compStatus(),
                        aim.actualEnd() == null ? null : Date.valueOf(aim.actualEnd()),
                        outcome(aim));
            }
            if (aims.length > 0 && aims[0].compStatus() == 6) {
                jdbc.update("update learner set programme_status = 'ON_A_BREAK' where id = ?", learner);
            }
        });
        return learner;
    }

    /** Achieved for a completed aim, no achievement for any other that ended, none while open. */
    private static Integer outcome(Aim aim) {
        if (aim.actualEnd() == null) {
            return null;
        }
        return aim.compStatus() == 2 ? 1 : 3;
    }

    private <T> T sql(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }
}
