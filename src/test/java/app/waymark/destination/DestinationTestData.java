package app.waymark.destination;

import app.waymark.base.TimeOrderedIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Survey invitations and outcome records written straight into a {@link DispatchTestTenant}'s tables. */
final class DestinationTestData {

    private final DispatchTestTenant provider;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DestinationTestData(DispatchTestTenant provider, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.provider = provider;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** An invitation sent at {@code sentAt}; answered at the same moment when the status is ANSWERED. */
    UUID invitation(UUID learner, LocalDate leavingDate, String status, Instant sentAt) {
        UUID id = TimeOrderedIds.next();
        provider.run(() -> transactions.executeWithoutResult(tx -> jdbc.update("""
                insert into survey_invitation (tenant_id, id, learner_id, leaving_date, channels, status, sent_at,
                    sent_by, by_hand, expires_at, answered_at)
                values (?, ?, ?, ?, 'EMAIL', ?, ?, 'test', false, ?, ?)""", provider.id, id, learner,
                Date.valueOf(leavingDate), status, Timestamp.from(sentAt),
                Timestamp.from(sentAt.plus(Duration.ofDays(28))),
                status.equals("ANSWERED") ? Timestamp.from(sentAt) : null)));
        return id;
    }

    UUID record(UUID learner, String type, int code, LocalDate start, LocalDate collected, String source,
                String flag) {
        UUID id = TimeOrderedIds.next();
        provider.run(() -> transactions.executeWithoutResult(tx -> jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, flag, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'test')""", provider.id, id, learner, type, code,
                Date.valueOf(start), Date.valueOf(collected), source, flag)));
        return id;
    }
}
