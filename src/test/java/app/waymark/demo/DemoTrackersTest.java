package app.waymark.demo;

import app.waymark.IntegrationTest;
import app.waymark.tenant.TenantContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo providers show trackers of every type and status, raised by staff of each kind and by learners. */
class DemoTrackersTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @ParameterizedTest
    @ValueSource(strings = {"northfield", "riverside"})
    void every_type_and_every_status_is_there_with_rejected_and_cancelled_staff_led_ones(String slug) {
        assertThat(demo(slug, "select distinct tracker_type from tracker")).contains("CHANGE_OF_NAME",
                "CHANGE_OF_ADDRESS", "CHANGE_OF_CONTACT_DETAILS",
                "CHANGE_OF_EMPLOYER", "BREAK_IN_LEARNING", "RETURN_TO_LEARNING", "CHANGE_OF_PROGRAMME", "WITHDRAWAL",
                "CUSTOM");
        assertThat(demo(slug, "select distinct status from tracker"))
                .contains("NEW", "PRE_AUTHORISED", "PROCESSED", "REJECTED", "CANCELLED");
        assertThat(demo(slug, "select distinct status from tracker where tracker_type in ('CHANGE_OF_EMPLOYER',"
                + " 'BREAK_IN_LEARNING', 'RETURN_TO_LEARNING', 'CHANGE_OF_PROGRAMME', 'WITHDRAWAL')"))
                .contains("NEW", "PRE_AUTHORISED", "PROCESSED", "REJECTED", "CANCELLED");
        assertThat(demo(slug, "select distinct raised_by_kind from tracker"))
                .contains("STAFF", "STAFF_FOR_LEARNER", "LEARNER");
        assertThat(demo(slug, "select distinct status from tracker where raised_by_kind = 'LEARNER'"))
                .contains("NEW", "PROCESSED");
    }

    private List<String> demo(String slug, String sql) {
        UUID tenant = jdbc.queryForObject("select id from tenant where slug = ?", UUID.class, slug);
        return TenantContext.callAs(tenant, () -> transactions.execute(status ->
                jdbc.queryForList(sql, String.class)));
    }
}
