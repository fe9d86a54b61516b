package app.waymark.destination;

import app.waymark.base.TimeOrderedIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Survey invitations and destination records written straight into the tables, for the report's tests. */
final class ReportTestData {

    private final DispatchTestTenant provider;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ReportTestData(DispatchTestTenant provider, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.provider = provider;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    UUID learner(String givenNames, LocalDate leavingDate) {
        return provider.learner(givenNames, null, null, leavingDate, "", "");
    }

    UUID invitation(UUID learner, LocalDate leavingDate, String status, Instant sentAt, Instant answeredAt) {
        UUID id = TimeOrderedIds.next();
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update("""
                insert into survey_invitation (tenant_id, id, learner_id, leaving_date, channels, status, sent_at,
                    sent_by, by_hand, expires_at, answered_at)
                values (?, ?, ?, ?, 'EMAIL', ?, ?, 'test', false, ?, ?)""", provider.id, id, learner,
                Date.valueOf(leavingDate), status, Timestamp.from(sentAt), Timestamp.from(sentAt.plusSeconds(86_400 * 28)),
                answeredAt == null ? null : Timestamp.from(answeredAt))));
        return id;
    }

    void record(UUID learner, String type, int code, LocalDate start, LocalDate end, LocalDate collected,
                String source, String flag) {
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date, end_date,
                    collection_date, source, flag, flag_reason, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'test')""", provider.id, TimeOrderedIds.next(),
                learner, type, code, Date.valueOf(start), end == null ? null : Date.valueOf(end),
                Date.valueOf(collected), source, flag, flag == null ? null : "test reason")));
    }

    void aim(UUID learner, int fundModel, int aimType) {
        aim(learner, fundModel, aimType, null, "[]");
    }

    /** A completed aim with a programme type (or null) and LearningDeliveryFAMs as the import stores them. */
    void aim(UUID learner, int fundModel, int aimType, Integer progType, String famsJson) {
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update("""
                insert into learning_delivery (tenant_id, id, learner_id, aim_seq_number, learn_aim_ref, aim_type,
                    learn_start_date, learn_plan_end_date, fund_model, prog_type, comp_status, fams)
                values (?, ?, ?, 1, 'ZPROG001', ?, date '2023-09-01', date '2024-07-31', ?, ?, 2, ?::jsonb)""",
                provider.id, TimeOrderedIds.next(), learner, aimType, fundModel, progType, famsJson)));
    }
}
