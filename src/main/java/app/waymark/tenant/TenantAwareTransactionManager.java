package app.waymark.tenant;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Lock 2: at the start of every transaction, tells PostgreSQL which tenant it serves. The setting is
 * transaction-local ({@code set_config(..., true)}), so it cannot outlive the transaction in the pool.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

    TenantAwareTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    /**
     * If the tenant cannot be set (the connection died: a database restart), the transaction that
     * {@code super.doBegin} began is undone here, as {@code JpaTransactionManager} does when its own begin fails:
     * otherwise its EntityManager stays bound to the thread as an active transaction, and every later transaction
     * on that thread joins it and fails with "Connection is closed".
     */
    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        UUID tenantId = CurrentTenant.idOrNone();
        EntityManagerHolder holder =
                (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        try {
            holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement statement =
                             connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    statement.setString(1, tenantId.toString());
                    statement.execute();
                }
            });
        } catch (RuntimeException e) {
            undoBegin(transaction, holder, e);
            throw new CannotCreateTransactionException("Could not set the tenant of a new transaction", e);
        }
    }

    private void undoBegin(Object transaction, EntityManagerHolder holder, RuntimeException cause) {
        try {
            EntityTransaction begun = holder.getEntityManager().getTransaction();
            if (begun.isActive()) {
                begun.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        } finally {
            doCleanupAfterCompletion(transaction);
        }
    }
}
