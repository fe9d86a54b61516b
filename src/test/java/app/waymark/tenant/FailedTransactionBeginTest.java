package app.waymark.tenant;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction that cannot begin because its connection died (a PostgreSQL restart; the bench cluster's
 * {@code bench/cluster-failures.sh pg}) must leave nothing bound to the thread: pooled threads (job workers, the
 * outbox's delivery threads) would otherwise fail every later transaction.
 */
class FailedTransactionBeginTest extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void a_transaction_whose_connection_died_fails_to_begin_and_the_next_one_on_the_thread_works() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        SingleConnectionDataSource other = new SingleConnectionDataSource(
                environment.getRequiredProperty("waymark.db.url"), environment.getRequiredProperty("waymark.db.user"),
                environment.getRequiredProperty("waymark.db.password"), true);
        try {
            RuntimeException failedBegin = null;
            // The pool gives this thread the connection it has just used back without checking it when that was
            // less than 500 ms ago (Hikari); should this machine be slower than that, the pool replaces the dead
            // connection and the begin succeeds, so the test tries again.
            for (int tries = 0; failedBegin == null && tries < 20; tries++) {
                Integer backend = transaction.execute(status -> jdbc.queryForObject("select pg_backend_pid()",
                        Integer.class));
                // Ended from a connection of its own, as a restart ends it.
                new JdbcTemplate(other).queryForObject("select pg_terminate_backend(?, 5000)", Boolean.class,
                        backend);
                try {
                    transaction.execute(status -> jdbc.queryForObject("select 1", Integer.class));
                } catch (RuntimeException e) {
                    failedBegin = e;
                }
            }

            assertThat(failedBegin).isInstanceOf(CannotCreateTransactionException.class);
            assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
            Integer answer = transaction.execute(status -> jdbc.queryForObject("select 1", Integer.class));
            assertThat(answer).isEqualTo(1);
        } finally {
            other.destroy();
        }
    }
}
