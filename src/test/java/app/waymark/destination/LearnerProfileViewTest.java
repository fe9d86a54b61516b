package app.waymark.destination;

import app.waymark.learner.LearnerViews;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner read model (release 0032) is the learner table's own rows under its row security: one provider sees
 * none of another's learners through it, and it reads what the table holds.
 */
class LearnerProfileViewTest extends DestinationTest {

    private static final String VIEW = LearnerViews.PROFILE.viewName();

    @Test
    void the_view_runs_with_the_readers_rights_so_the_learner_tables_row_security_applies() {
        List<String> options = jdbc.queryForList(
                "select unnest(reloptions) from pg_class where relname = ? and relkind = 'v'", String.class, VIEW);
        assertThat(options).contains("security_invoker=true");
    }

    @Test
    void a_provider_sees_its_own_learner_through_the_view_and_none_of_another_providers() {
        DispatchTestTenant a = newProvider();
        DispatchTestTenant b = newProvider();
        LocalDate left = LocalDate.of(2025, 6, 30);
        UUID learner = a.learner("Ada Lovelace", "ada@example.org", "+447700900001", left, null, null);

        Map<String, Object> row = a.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select given_names, email, mobile_e164, leaving_date from " + VIEW + " where id = ?", learner)));
        assertThat(row).containsEntry("given_names", "Ada Lovelace").containsEntry("email", "ada@example.org")
                .containsEntry("mobile_e164", "+447700900001")
                .containsEntry("leaving_date", java.sql.Date.valueOf(left));
        Long seenByAnother = b.call(() -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from " + VIEW + " where id = ?", Long.class, learner)));
        assertThat(seenByAnother).isZero();
    }
}
