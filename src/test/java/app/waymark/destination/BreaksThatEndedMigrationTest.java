package app.waymark.destination;

import app.waymark.base.TimeOrderedIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 3 of issue 19, for learners already stored: release 0027's changeset derives again the status of learners
 * stored as on a break whose break ended with a RES restart (decision 0044), since an import skips learners whose
 * ILR data has not changed. They then have a leaving date, so they are surveyed and can be overdue (decision 0043).
 */
class BreaksThatEndedMigrationTest extends DestinationTest {

    private static final String CHANGESET = "/db/changelog/releases/0027-funder-overdue-rule/002-breaks-that-ended.sql";
    private static final String RES = "[{\"type\":\"RES\",\"code\":\"1\",\"dateFrom\":null,\"dateTo\":null}]";
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 1, 31);

    @Autowired
    Environment environment;
    @Autowired
    SurveyDispatchQueries surveyQueries;

    DispatchTestTenant provider;

    @BeforeEach
    void aProvider() {
        provider = newProvider();
    }

    @Test
    void rule3_a_learner_stored_on_a_break_who_returned_with_a_RES_restart_and_completed_is_completed_after_0027() {
        UUID returned = onABreak("Returned");
        aim(returned, 1, "60346527", LocalDate.of(2023, 9, 4), 6, LAST_DAY, "[]");
        aim(returned, 2, "61000034", LocalDate.of(2024, 3, 1), 2, LocalDate.of(2024, 6, 28), RES);
        UUID stillAway = onABreak("Still away");
        aim(stillAway, 1, "60346527", LocalDate.of(2023, 9, 4), 6, LAST_DAY, "[]");

        migrate();

        assertThat(learner(returned)).containsEntry("programme_status", "COMPLETED")
                .containsEntry("leaving_date", Date.valueOf(LocalDate.of(2024, 6, 28)));
        assertThat(learner(stillAway)).containsEntry("programme_status", "ON_A_BREAK")
                .containsEntry("leaving_date", null);
        List<SurveyCandidate> candidates = provider.call(() -> transactions.execute(
                status -> surveyQueries.candidate(returned)));
        assertThat(candidates).as("a survey candidate again").hasSize(1);
        assertThat(provider.query("select awaiting_destination from destination_report_line where learner_id = ?",
                Boolean.class, returned)).containsExactly(true);
    }

    private UUID onABreak(String name) {
        UUID learner = provider.learner(name, null, null, null, "", "");
        write("update learner set programme_status = 'ON_A_BREAK' where id = ?", learner);
        return learner;
    }

    private void aim(UUID learner, int seq, String ref, LocalDate start, int compStatus, LocalDate actualEnd,
                     String fams) {
        write("""
                insert into learning_delivery (tenant_id, id, learner_id, aim_seq_number, learn_aim_ref, aim_type,
                    learn_start_date, learn_plan_end_date, fund_model, comp_status, learn_act_end_date, fams)
                values (?, ?, ?, ?, ?, 4, ?, date '2024-07-31', 35, ?, ?, ?::jsonb)""", provider.id,
                TimeOrderedIds.next(), learner, seq, ref, Date.valueOf(start), compStatus, Date.valueOf(actualEnd),
                fams);
    }

    private Map<String, Object> learner(UUID id) {
        return provider.call(() -> transactions.execute(s -> jdbc.queryForMap(
                "select programme_status, leaving_date from learner where id = ?", id)));
    }

    private void write(String sql, Object... parameters) {
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update(sql, parameters)));
    }

    /** The changeset's statement, run as the schema owner, as Liquibase runs it. */
    private void migrate() {
        String file;
        try (InputStream in = getClass().getResourceAsStream(CHANGESET)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CHANGESET, e);
        }
        String body = file.substring(file.indexOf("--changeset"));
        body = body.substring(body.indexOf('\n') + 1);
        new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password"))).execute(body);
    }
}
