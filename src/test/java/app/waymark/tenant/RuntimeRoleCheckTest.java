package app.waymark.tenant;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuntimeRoleCheckTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void the_restricted_runtime_role_passes_the_start_up_check() {
        RuntimeRoleCheck.RoleFacts facts = RuntimeRoleCheck.facts(jdbc);

        assertThat(RuntimeRoleCheck.problems(facts)).isEmpty();
        new RuntimeRoleCheck(jdbc).afterPropertiesSet();
    }

    @Test
    void connecting_as_the_owner_of_the_tenant_tables_stops_the_portal_naming_them() {
        SingleConnectionDataSource owner = new SingleConnectionDataSource(
                environment.getRequiredProperty("waymark.db.url"),
                environment.getRequiredProperty("waymark.db.owner-user"),
                environment.getRequiredProperty("waymark.db.owner-password"), true);
        try {
            RuntimeRoleCheck check = new RuntimeRoleCheck(new JdbcTemplate(owner));

            assertThatThrownBy(check::afterPropertiesSet).isInstanceOf(RuntimeRoleRefusedException.class)
                    .hasMessageStartingWith("Waymark will not run as database role \""
                            + environment.getRequiredProperty("waymark.db.owner-user") + "\": it owns, or can act as"
                            + " the owner of, tenant tables (")
                    .hasMessageContaining("learner, ").hasMessageContaining("outbox_message");
        } finally {
            owner.destroy();
        }
    }

    @Test
    void a_superuser_or_a_role_that_bypasses_row_security_is_refused_with_each_reason() {
        assertThat(RuntimeRoleCheck.problems(new RuntimeRoleCheck.RoleFacts("postgres", true, true, List.of())))
                .containsExactly("it is a superuser", "it has BYPASSRLS");
        assertThat(RuntimeRoleCheck.problems(new RuntimeRoleCheck.RoleFacts("etl", false, true, List.of())))
                .containsExactly("it has BYPASSRLS");
    }
}
