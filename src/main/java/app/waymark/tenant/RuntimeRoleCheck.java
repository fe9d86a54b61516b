package app.waymark.tenant;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Row-level security is the second lock on every tenant's data, and it holds only for a role that is not a
 * superuser, has no BYPASSRLS and owns no tenant table (nor can act as a role that does). The portal checks the role
 * it connects as once the schema is migrated, and stops with the reasons when any of these is so.
 */
@Component
@DependsOnDatabaseInitialization
class RuntimeRoleCheck implements InitializingBean {

    /** What the database says of the role the portal connects as. */
    record RoleFacts(String role, boolean superuser, boolean bypassesRowSecurity, List<String> ownedTenantTables) {
    }

    private final JdbcTemplate jdbc;

    RuntimeRoleCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        RoleFacts facts = facts(jdbc);
        List<String> problems = problems(facts);
        if (!problems.isEmpty()) {
            throw new RuntimeRoleRefusedException(facts.role(), problems);
        }
    }

    static RoleFacts facts(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select current_user as role, r.rolsuper, r.rolbypassrls,
                       coalesce((select array_agg(c.relname::text order by c.relname)
                                   from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                  where c.relkind in ('r', 'p') and n.nspname = current_schema()
                                    and pg_has_role(current_user, c.relowner, 'MEMBER')
                                    and exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                                and a.attname = 'tenant_id' and not a.attisdropped)),
                                '{}') as owned
                  from pg_roles r where r.rolname = current_user""",
                (row, n) -> new RoleFacts(row.getString("role"), row.getBoolean("rolsuper"),
                        row.getBoolean("rolbypassrls"), List.of((String[]) row.getArray("owned").getArray())));
    }

    static List<String> problems(RoleFacts facts) {
        List<String> problems = new ArrayList<>();
        if (facts.superuser()) {
            problems.add("it is a superuser");
        }
        if (facts.bypassesRowSecurity()) {
            problems.add("it has BYPASSRLS");
        }
        if (!facts.ownedTenantTables().isEmpty()) {
            problems.add("it owns, or can act as the owner of, tenant tables ("
                    + String.join(", ", facts.ownedTenantTables()) + ")");
        }
        return problems;
    }
}
