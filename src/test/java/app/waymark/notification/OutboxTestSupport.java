package app.waymark.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.function.Supplier;

/** Reads outbox rows as the signed-in user's tenant (row security applies to tests too). */
final class OutboxTestSupport {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    OutboxTestSupport(TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    MessageStatus status(UUID messageId) {
        return MessageStatus.valueOf(inTransaction(() -> jdbc.queryForObject(
                "select status from outbox_message where id = ?", String.class, messageId)));
    }

    int attempts(UUID messageId) {
        return inTransaction(() -> jdbc.queryForObject("select attempts from outbox_message where id = ?",
                Integer.class, messageId));
    }

    String lastError(UUID messageId) {
        return inTransaction(() -> jdbc.queryForObject("select last_error from outbox_message where id = ?",
                String.class, messageId));
    }
}
