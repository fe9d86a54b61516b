package app.waymark.base.db;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the Liquibase migrations under a PostgreSQL advisory lock. Liquibase's own lock lives in a table it creates
 * on its first run, so nodes starting together on an empty database each try to create its tables and all but one
 * fail (seen with {@code bench/cluster.sh} and {@code TOGETHER=1}). With this lock the other nodes wait, then find
 * the migrations done. The lock is taken before the {@code liquibase} bean migrates and released once it has.
 */
@Component
class MigrationLock implements BeanPostProcessor {

    private static final String LOCK = "hashtextextended('waymark-migrations', 0)";

    private Connection holder;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            try {
                holder = liquibase.getDataSource().getConnection();
                try (Statement lock = holder.createStatement()) {
                    lock.execute("select pg_advisory_lock(" + LOCK + ")");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take the migration lock", e);
            }
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase && holder != null) {
            try (Connection held = holder; Statement unlock = held.createStatement()) {
                unlock.execute("select pg_advisory_unlock(" + LOCK + ")");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not release the migration lock", e);
            } finally {
                holder = null;
            }
        }
        return bean;
    }
}
