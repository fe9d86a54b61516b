package app.waymark.tenant;

import app.waymark.IntegrationTest;
import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tenancy contract (ARCHITECTURE.md section 4), for every tenant-scoped repository and every table with a
 * {@code tenant_id} column: tenant B cannot read, change or remove tenant A's rows by any path, no tenant means no
 * rows, and the database itself enforces it. A new tenant table without a policy, or a repository without a row
 * for tenant A in the demo data, fails here.
 */
class TenantIsolationContractTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @PersistenceContext
    EntityManager entityManager;

    UUID tenantA;
    UUID tenantB;

    /** The learner given a contact preference for these tests, when tenant A had none; removed afterwards. */
    UUID learnerGivenAPreference;

    @BeforeEach
    void findDemoTenants() {
        tenantA = jdbc.queryForObject("select id from tenant where slug = 'northfield'", UUID.class);
        tenantB = jdbc.queryForObject("select id from tenant where slug = 'riverside'", UUID.class);
        learnerGivenAPreference = inTenant(tenantA, this::aContactPreferenceForTenantA);
    }

    /**
     * ILR files carry ContactPreference only up to 2024-25 and the demo's file is the current year's, so tenant A may
     * hold none: one is added as a 2024-25 import would have (PMC 1, no post, which no survey uses).
     */
    private UUID aContactPreferenceForTenantA() {
        if (jdbc.queryForObject("select count(*) from learner_contact_preference", Long.class) > 0) {
            return null;
        }
        UUID learner = jdbc.queryForObject("select id from learner order by learn_ref_number limit 1", UUID.class);
        jdbc.update("insert into learner_contact_preference (tenant_id, learner_id, pref_type, pref_code, ilr_year)"
                + " values (?, ?, 'PMC', 1, '2024-25')", tenantA, learner);
        return learner;
    }

    @AfterEach
    void removeTheAddedContactPreference() {
        if (learnerGivenAPreference != null) {
            inTenant(tenantA, () -> jdbc.update("delete from learner_contact_preference where learner_id = ?",
                    learnerGivenAPreference));
        }
    }

    @TestFactory
    Stream<DynamicTest> every_tenant_scoped_repository_hides_other_tenants_rows() {
        Repositories repositories = new Repositories(context);
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> domainType : repositories) {
            if (!TenantScopedEntity.class.isAssignableFrom(domainType)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            CrudRepository<Object, Object> repository = (CrudRepository<Object, Object>)
                    repositories.getRepositoryFor(domainType).orElseThrow();
            tests.add(DynamicTest.dynamicTest(domainType.getSimpleName(),
                    () -> assertRepositoryIsolated(domainType, repository)));
        }
        assertThat(tests).as("tenant-scoped repositories found").isNotEmpty();
        return tests.stream();
    }

    private void assertRepositoryIsolated(Class<?> domainType, CrudRepository<Object, Object> repository) {
        Object idOfA = inTenant(tenantA, () -> {
            List<Object> rowsOfA = StreamSupport.stream(repository.findAll().spliterator(), false).toList();
            assertThat(rowsOfA).as("demo data must give tenant A a %s", domainType.getSimpleName()).isNotEmpty();
            return entityManagerFactory.getPersistenceUnitUtil().getIdentifier(rowsOfA.getFirst());
        });
        String entityName = entityManagerFactory.getMetamodel().entity(domainType).getName();

        inTenant(tenantB, () -> {
            assertThat(StreamSupport.stream(repository.findAll().spliterator(), false))
                    .allSatisfy(row -> assertThat(((TenantScopedEntity) row).getTenantId()).isEqualTo(tenantB));
            assertThat(repository.findById(idOfA)).as("findById of A's row as B").isEmpty();
            assertThat(entityManager.find(domainType, idOfA)).as("EntityManager.find as B").isNull();
            assertThat(entityManager.createQuery("select e from " + entityName + " e where e.id = :id")
                    .setParameter("id", idOfA).getResultList()).as("JPQL as B").isEmpty();
            assertThat(entityManager.createQuery("select count(e) from " + entityName + " e where e.tenantId = :a")
                    .setParameter("a", tenantA).getSingleResult()).as("JPQL count of A's rows as B").isEqualTo(0L);
            return null;
        });
        inNoTenant(() -> {
            assertThat(repository.findAll()).as("findAll with no tenant").isEmpty();
            assertThat(repository.findById(idOfA)).as("findById with no tenant").isEmpty();
            return null;
        });
    }

    @TestFactory
    Stream<DynamicTest> every_tenant_table_refuses_cross_tenant_sql() {
        List<String> tables = tenantTables();
        assertThat(tables).contains("staff_user", "role", "role_permission", "staff_user_role", "audit_event");
        return tables.stream().map(table -> DynamicTest.dynamicTest(table, () -> assertTableIsolated(table)));
    }

    private void assertTableIsolated(String table) {
        Long rowsOfA = inTenant(tenantA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
        assertThat(rowsOfA).as("demo data must give tenant A rows in %s", table).isPositive();

        inTenant(tenantB, () -> {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Long.class,
                    tenantA)).as("native select of A's rows as B").isZero();
            assertThat(updateOrRefused("update " + table + " set tenant_id = tenant_id where tenant_id = ?"))
                    .as("native update of A's rows as B").isZero();
            assertThat(updateOrRefused("delete from " + table + " where tenant_id = ?"))
                    .as("native delete of A's rows as B").isZero();
            assertThatThrownBy(() -> inSavepoint(() -> jdbc.update("insert into " + table + " (tenant_id) values (?)",
                    tenantA)))
                    .as("insert with A's tenant_id as B")
                    .rootCause().hasMessageContaining("violates row-level security policy");
            return null;
        });
        inNoTenant(() -> {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .as("native select with no tenant").isZero();
            return null;
        });
        assertThat(inTenant(tenantA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class)))
                .as("A's rows are untouched").isEqualTo(rowsOfA);
    }

    /** Rows changed, or 0 where the role may not run the statement at all (the audit trail is append-only). */
    private int updateOrRefused(String sql) {
        try {
            return inSavepoint(() -> jdbc.update(sql, tenantA));
        } catch (DataAccessException e) {
            assertThat(e.getMostSpecificCause()).hasMessageContaining("permission denied");
            return 0;
        }
    }

    @Test
    void every_table_with_tenant_id_has_forced_row_level_security_and_a_policy() {
        List<Map<String, Object>> unprotected = jdbc.queryForList("""
                select c.relname as table_name, c.relrowsecurity, c.relforcerowsecurity,
                       exists (select 1 from pg_policies p
                               where p.schemaname = n.nspname and p.tablename = c.relname
                                 and p.policyname = 'tenant_isolation') as has_policy
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and not (c.relrowsecurity and c.relforcerowsecurity
                           and exists (select 1 from pg_policies p
                                       where p.schemaname = n.nspname and p.tablename = c.relname
                                         and p.policyname = 'tenant_isolation'))""");
        assertThat(unprotected).as("tables with tenant_id lacking forced RLS or the tenant_isolation policy")
                .isEmpty();
        assertThat(tenantTables()).isNotEmpty();
    }

    @Test
    void the_portal_connects_as_a_role_that_owns_nothing_and_cannot_bypass_row_security() {
        Map<String, Object> role = jdbc.queryForMap(
                "select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = current_user");
        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false)
                .containsEntry("rolcreaterole", false);
        assertThat(jdbc.queryForObject(
                "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = current_user",
                Long.class)).as("objects owned by the runtime role").isZero();
    }

    @Test
    void every_security_definer_function_puts_pg_temp_last_on_its_search_path() {
        List<String> exposed = jdbc.queryForList("""
                select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and p.prosecdef
                  and not coalesce('search_path=public, pg_temp' = any (p.proconfig), false)
                order by 1""", String.class);
        assertThat(exposed).as("SECURITY DEFINER functions whose search path lacks pg_temp last").isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and p.prosecdef""", Long.class)).isGreaterThan(5);
    }

    private List<String> tenantTables() {
        return jdbc.queryForList("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1""", String.class);
    }

    private <T> T inTenant(UUID tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId,
                () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }

    /** A failing statement rolls back to a savepoint, so the surrounding transaction can go on. */
    private <T> T inSavepoint(Supplier<T> work) {
        jdbc.execute("savepoint contract_check");
        try {
            T result = work.get();
            jdbc.execute("release savepoint contract_check");
            return result;
        } catch (RuntimeException e) {
            jdbc.execute("rollback to savepoint contract_check");
            throw e;
        }
    }

    private <T> T inNoTenant(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
